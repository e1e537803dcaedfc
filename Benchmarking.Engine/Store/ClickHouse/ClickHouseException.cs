namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// A ClickHouse server refused a statement or could not be reached. The message names the shard and its endpoint, the
/// server's error code and first line, never credentials or post text (statements are not echoed).
/// </summary>
public sealed class ClickHouseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClickHouseException(string message, int? code, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    /// <summary>The server's <c>Code: N</c>, or null when no server answered.</summary>
    public int? Code { get; }
}
