using Benchmarking.Reports.Output;

namespace Benchmarking.Reports.Tests.Support;

/// <summary>A theory that needs headless Chromium; skipped only when no browser is installed (see <see cref="ChromiumFactAttribute"/>).</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.Find() is null)
        {
            Skip = "Chromium is not installed (apt-get install chromium); .ci/run installs it.";
        }
    }
}
