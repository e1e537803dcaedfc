using System.Globalization;

namespace Benchmarking.Reports.Tests.Support;

public sealed class CultureSetupTests
{
    [Fact]
    public void Tests_run_under_a_culture_that_formats_numbers_differently_from_the_invariant_one()
    {
        Assert.Equal(CultureSetup.Name, CultureInfo.CurrentCulture.Name);
        Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));
        Assert.Equal("12.345", 12345.ToString("#,0", CultureInfo.CurrentCulture));
    }
}
