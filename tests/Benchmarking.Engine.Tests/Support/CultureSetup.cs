using System.Globalization;
using System.Runtime.CompilerServices;

namespace Benchmarking.Engine.Tests.Support;

/// <summary>Pins the culture for every test in this assembly, so no result depends on the machine's locale.</summary>
internal static class CultureSetup
{
    [ModuleInitializer]
    internal static void PinInvariantCulture()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
