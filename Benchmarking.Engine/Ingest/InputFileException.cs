namespace Benchmarking.Engine.Ingest;

/// <summary>
/// An input file cannot be read at all (missing, wrong format, wrong encoding). The store is left as it was.
/// The message names the file, the line where known, and how to fix it; it never contains post text.
/// </summary>
public sealed class InputFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputFileException(string file, long? line, string problem, string fix, Exception? inner = null)
        : base($"{file}{(line is { } l ? $" line {l}" : string.Empty)}: {problem}. {fix}", inner)
    {
        File = file;
        Line = line;
    }

    /// <summary>The input file.</summary>
    public string File { get; }

    /// <summary>The 1-based line where the problem was found, if known.</summary>
    public long? Line { get; }
}
