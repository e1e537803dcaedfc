using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;

namespace Benchmarking.Engine.Tests.Support;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 (HttpListener) that answers every request with a handler, so API clients are tested
/// without the internet. Records every request. Disposing it stops it and releases hung requests.
/// </summary>
public sealed class FakeApiServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<FakeRequest, FakeResponse> handler;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    /// <summary>Starts the server on a free loopback port.</summary>
    public FakeApiServer(Func<FakeRequest, FakeResponse> handler)
    {
        this.handler = handler;
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            BaseUrl = new Uri($"http://127.0.0.1:{port}/");
            listener.Prefixes.Clear();
            listener.Prefixes.Add(BaseUrl.AbsoluteUri);
            try
            {
                listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // The port was taken between the probe and the start: try another.
            }
        }

        loop = Task.Run(AcceptAsync);
    }

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:12345/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request received, in order of arrival.</summary>
    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    /// <inheritdoc />
    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            var raw = context.Request;
            string body;
            using (var reader = new StreamReader(raw.InputStream, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync().ConfigureAwait(false);
            }

            var parsed = HttpUtility.ParseQueryString(raw.Url!.Query);
            var query = parsed.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => parsed[k]!, StringComparer.Ordinal);
            var request = new FakeRequest(raw.HttpMethod, raw.Url.AbsolutePath, query, raw.Headers["Authorization"], body);
            Requests.Enqueue(request);
            var response = handler(request);
            if (response.Hang)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }

                context.Response.Abort();
                return;
            }

            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/json; charset=utf-8";
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(response.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // The client went away (a timed-out request): nothing to answer.
        }
    }
}
