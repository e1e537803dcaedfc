using System.Globalization;
using System.Runtime.CompilerServices;

namespace Benchmarking.Reports.Tests.Support;

/// <summary>
/// Runs every test under de-DE (decimal comma, "." thousands separator), so any report text formatted with the current
/// culture instead of the invariant one shows up as a wrong snapshot or a failed assertion. This test project turns
/// <c>InvariantGlobalization</c> off so de-DE is the real culture (see <see cref="CultureSetupTests"/>).
/// </summary>
internal static class CultureSetup
{
    public const string Name = "de-DE";

    [ModuleInitializer]
    internal static void PinCulture()
    {
        var culture = CultureInfo.GetCultureInfo(Name);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
