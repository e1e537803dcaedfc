namespace Benchmarking.Engine.Simulation;

/// <summary>
/// Invented brand names per industry. Handles are <c>Sim</c> + stem (with a number when stems run out), so they never
/// collide with a real brand's handle.
/// </summary>
internal static class BrandNames
{
    private static readonly Dictionary<string, string[]> Stems = new(StringComparer.Ordinal)
    {
        ["airlines"] = ["SkyLine", "AeroNova", "BlueJet", "CloudAir", "NorthWing", "SunHop", "PolarAir", "Swiftly"],
        ["telecom"] = ["TeleWave", "NetCall", "SignalOne", "FiberLink", "MobiNet", "TalkMore", "ClearLine", "Orbitel"],
        ["retail"] = ["ShopRight", "CartCo", "MegaMart", "FreshBasket", "StyleHub", "HomeGoods", "QuickBuy", "Parcelly"],
    };

    private static readonly string[] GenericStems = ["Acme", "Globex", "Initech", "Umbra", "Vertex", "Zenith", "Nimbus", "Quanta"];

    /// <summary>
    /// The <paramref name="ordinal"/>-th (0-based) name stem for an industry, with a number suffix from the second round of
    /// stems on: SkyLine, AeroNova, …, SkyLine2.
    /// </summary>
    public static (string Id, string Handle, string Name) For(string industry, int ordinal)
    {
        var stems = Stems.GetValueOrDefault(industry) ?? GenericStems;
        var stem = stems[ordinal % stems.Length];
        var round = ordinal / stems.Length;
        var suffix = round == 0 ? string.Empty : (round + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var industryTag = Stems.ContainsKey(industry) ? string.Empty : "-" + industry;
        var id = "sim-" + stem.ToLowerInvariant() + industryTag + (suffix.Length > 0 ? "-" + suffix : string.Empty);
        var handleTag = Stems.ContainsKey(industry) ? string.Empty : "_" + industry.Replace("-", string.Empty, StringComparison.Ordinal);
        return (id, "Sim" + stem + handleTag + suffix, "Sim " + stem + (industryTag.Length > 0 ? " " + industry : string.Empty) + (suffix.Length > 0 ? " " + suffix : string.Empty));
    }
}
