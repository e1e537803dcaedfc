namespace Benchmarking.Engine.Tests.Support;

/// <summary>A request received by a <see cref="FakeApiServer"/>.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Absolute path, e.g. <c>/api/v1/accounts/lookup</c>.</param>
/// <param name="Query">Decoded query parameters (the last value wins).</param>
/// <param name="Authorization">The Authorization header, or null.</param>
/// <param name="Body">The request body as text.</param>
public sealed record FakeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, string? Authorization, string Body)
{
    /// <summary>A query parameter, or null.</summary>
    public string? this[string name] => Query.GetValueOrDefault(name);
}
