using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// A small client for the ClickHouse HTTP interface, the one protocol that works fully against both 18.16 and current
/// servers: statements in the body, rows in as TSV, rows out as <c>TabSeparatedWithNames</c>. Each node is addressed by
/// index (shard number − 1). Errors (HTTP 4xx/5xx with a <c>Code: N</c> body, or no answer) become
/// <see cref="ClickHouseException"/>s naming the shard.
/// </summary>
/// <remarks>
/// Queries run with <c>wait_end_of_query=1</c>: the server buffers the result before the status line, so an error that
/// happens while a result is produced (a shard lost mid-query) is an HTTP error, not a truncated 200 answer. The
/// official <c>ClickHouse.Driver</c> is not used: against 18.16 its typed reads need <c>RowBinaryWithNamesAndTypes</c>,
/// which that server lacks.
/// </remarks>
internal sealed partial class ClickHouseHttp : IDisposable
{
    private readonly HttpClient client;
    private readonly AuthenticationHeaderValue? authorization;

    public ClickHouseHttp(ClickHouseLocation location)
    {
        Location = location;
        client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10) }) { Timeout = Timeout.InfiniteTimeSpan };
        var user = Environment.GetEnvironmentVariable(ClickHouseLocation.UserVariable);
        var password = Environment.GetEnvironmentVariable(ClickHouseLocation.PasswordVariable);
        if (!string.IsNullOrEmpty(user) || !string.IsNullOrEmpty(password))
        {
            authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{(string.IsNullOrEmpty(user) ? "default" : user)}:{password}")));
        }
    }

    public ClickHouseLocation Location { get; }

    /// <summary>The number of shards (nodes) in the store URL.</summary>
    public int Shards => Location.Nodes.Count;

    /// <summary>Runs a statement that returns nothing (DDL, <c>INSERT … SELECT</c>).</summary>
    public void Execute(int node, string sql)
    {
        using var response = Send(node, sql, query: null, settings: null);
    }

    /// <summary>Runs a query and returns its rows (header skipped), values unescaped; the whole answer is buffered by the server first.</summary>
    public List<string[]> Query(int node, string sql) => [.. Stream(node, sql)];

    /// <summary>
    /// Runs a query and yields its rows one at a time as they arrive (header skipped), values unescaped. The server has
    /// produced the whole answer before the first row (buffered to its disk beyond memory), so an error is thrown here,
    /// at the start, never half way. The statement runs when enumeration starts.
    /// </summary>
    public IEnumerable<string[]> Stream(int node, string sql)
    {
        using var response = Send(node, sql + "\nFORMAT TabSeparatedWithNames", query: null, settings: "wait_end_of_query=1&buffer_size=1048576");
        using var reader = new StreamReader(response.Content.ReadAsStream(), new UTF8Encoding(false));
        if (reader.ReadLine() is null)
        {
            yield break;
        }

        while (reader.ReadLine() is { } line)
        {
            yield return Tsv.SplitRow(line);
        }
    }

    /// <summary>Whether the node answers a trivial query now.</summary>
    public bool Answers(int node)
    {
        try
        {
            return Scalar(node, "SELECT 1") == "1";
        }
        catch (ClickHouseException)
        {
            return false;
        }
    }

    /// <summary>The single value of a one-row, one-column query.</summary>
    public string Scalar(int node, string sql) => Query(node, sql) is [[var value]] ? value
        : throw new InvalidOperationException("A scalar query returned other than one value.");

    /// <summary>
    /// Inserts TSV rows (already escaped with <see cref="Tsv"/>) into <paramref name="table"/>. Through a Distributed
    /// table the insert is synchronous (<c>insert_distributed_sync=1</c>): it returns once every shard stored its part, and
    /// fails naming the shard that did not.
    /// </summary>
    public void Insert(int node, string table, string columns, byte[] tsv)
    {
        using var response = Send(node, tsv, query: $"INSERT INTO {table} ({columns}) FORMAT TabSeparated", settings: "insert_distributed_sync=1", isInsert: true);
    }

    public void Dispose() => client.Dispose();

    private HttpResponseMessage Send(int node, string body, string? query, string? settings) =>
        Send(node, Encoding.UTF8.GetBytes(body), query, settings, isInsert: false);

    private HttpResponseMessage Send(int node, byte[] body, string? query, string? settings, bool isInsert)
    {
        var endpoint = Location.Nodes[node];
        // No database= parameter: the first statement creates the database, and every statement names its tables in full.
        var parameters = new List<string> { "max_query_size=104857600" };
        if (query is not null)
        {
            parameters.Add("query=" + Uri.EscapeDataString(query));
        }

        if (settings is not null)
        {
            parameters.Add(settings);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "?" + string.Join('&', parameters)))
        {
            Content = new ByteArrayContent(body),
        };
        request.Headers.Authorization = authorization;
        HttpResponseMessage response;
        try
        {
            response = client.Send(request, HttpCompletionOption.ResponseHeadersRead);
        }
        catch (HttpRequestException e)
        {
            throw new ClickHouseException($"ClickHouse shard {node + 1} ({endpoint.Authority}) did not answer: {e.Message} Start it, or check the host and port in the store URL.", null, e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            throw Refused(node, endpoint, response.StatusCode, text, isInsert);
        }
    }

    /// <summary>
    /// The error for a refused statement. Only the server's code and the first clause of its message are kept: parse
    /// errors quote the input after "before:", which may be post text, and the statement itself is never echoed.
    /// </summary>
    internal static ClickHouseException Refused(int node, Uri endpoint, HttpStatusCode status, string body, bool isInsert)
    {
        var match = CodePattern().Match(body);
        int? code = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        var message = match.Success ? match.Groups[2].Value : body;
        message = message.Split('\n', 2)[0];
        foreach (var marker in new[] { " before: ", ", e.what()", " parsed text:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        if (isInsert && message.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
        {
            message = message[..colon];
        }

        if (message.Length > 300)
        {
            message = message[..300] + "…";
        }

        var what = code is { } c ? string.Create(CultureInfo.InvariantCulture, $"Code {c}: {message.Trim().TrimEnd('.')}") : $"HTTP {(int)status}: {message.Trim().TrimEnd('.')}";
        var hint = code == 516 || status == HttpStatusCode.Unauthorized || status == HttpStatusCode.Forbidden || code == 192 || code == 193
            ? $" Check {ClickHouseLocation.UserVariable} and {ClickHouseLocation.PasswordVariable}."
            : code is 279 or 210 or 209 ? " A shard of the cluster is unreachable: start it and run the command again." : string.Empty;
        return new ClickHouseException($"ClickHouse shard {node + 1} ({endpoint.Authority}) refused the statement: {what}.{hint}", code);
    }

    [GeneratedRegex(@"Code: (\d+)[^:]*?(?:DB::Exception: )(.*)", RegexOptions.Singleline)]
    private static partial Regex CodePattern();
}
