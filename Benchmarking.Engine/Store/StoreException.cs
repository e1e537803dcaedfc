namespace Benchmarking.Engine.Store;

/// <summary>The DuckDB store cannot be opened or written; the message says why and what to do.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
