namespace Benchmarking.Reports.Output;

/// <summary>Headless Chromium ran but failed: it timed out, exited with an error or wrote no output.</summary>
public sealed class ChromiumException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public ChromiumException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ChromiumException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ChromiumException()
    {
    }
}
