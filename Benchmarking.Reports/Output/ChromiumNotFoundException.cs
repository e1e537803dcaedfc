namespace Benchmarking.Reports.Output;

/// <summary>Headless Chromium is needed (to print a PDF) but is not installed or not found.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    /// <summary>Creates the exception with the standard message: where it looked and how to install it.</summary>
    public ChromiumNotFoundException()
        : base($"PDF needs headless Chromium, which was not found (looked at ${Chromium.Variable} and for {string.Join(", ", Chromium.Names)} on PATH). "
            + "Install the Debian package 'chromium' (apt-get install chromium), or set " + Chromium.Variable + " to the browser's path. The HTML and Markdown reports were written.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ChromiumNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ChromiumNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
