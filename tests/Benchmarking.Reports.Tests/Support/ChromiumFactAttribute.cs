using Benchmarking.Reports.Output;

namespace Benchmarking.Reports.Tests.Support;

/// <summary>
/// A fact that needs headless Chromium (Debian package <c>chromium</c>, which <c>.ci/run</c> installs); skipped only
/// when no browser is installed.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Find() is null)
        {
            Skip = "Chromium is not installed (apt-get install chromium); .ci/run installs it.";
        }
    }
}
