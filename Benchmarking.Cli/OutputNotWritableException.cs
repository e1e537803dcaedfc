namespace Benchmarking.Cli;

/// <summary>An output folder cannot be written; found before any work is done, so nothing was computed or changed.</summary>
internal sealed class OutputNotWritableException(string message, Exception? inner = null) : Exception(message, inner);
