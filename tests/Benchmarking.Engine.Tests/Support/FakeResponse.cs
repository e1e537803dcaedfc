namespace Benchmarking.Engine.Tests.Support;

/// <summary>What a <see cref="FakeApiServer"/> answers.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">Body (JSON, or deliberately broken JSON).</param>
/// <param name="Headers">Extra response headers (rate limits, Retry-After).</param>
/// <param name="Hang">Never answer (until the server is disposed): a hung request.</param>
public sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, bool Hang = false)
{
    /// <summary>200 with a JSON body.</summary>
    public static FakeResponse Json(string body, IReadOnlyDictionary<string, string>? headers = null) => new(200, body, headers);
}
