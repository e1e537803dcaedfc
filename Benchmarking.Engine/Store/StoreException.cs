namespace Benchmarking.Engine.Store;

/// <summary>The DuckDB store cannot be opened or written; the message says why and what to do.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception, saying whether another run holds the store (a retry later may succeed).</summary>
    public StoreException(string message, Exception? inner, bool inUse)
        : base(message, inner)
    {
        InUse = inUse;
    }

    /// <summary>True when the store (or the weekly output it guards) is held by another run: retry later.</summary>
    public bool InUse { get; }

    /// <summary>True when a block of the store file is damaged: restore it or rebuild it; a retry cannot help.</summary>
    public bool Corrupt { get; init; }
}
