using System.Globalization;

namespace Benchmarking.Engine.Inference;

/// <summary>
/// How a score, a share and a gap are printed, wherever they are printed: the engine's sentences (verdicts,
/// explanations, scorecard answers) and the reports' and console's tables (<c>ReportFormat</c> formats through this).
/// The rule: one decimal of a 0–100 score or of a percentage, a midpoint rounded away from zero; a gap printed beside two
/// figures is the difference of the printed figures (78.4 and 76.8 → 1.6, not the 1.7 of 78.44 − 76.76); a negative
/// number carries <c>-</c>, a positive signed one <c>+</c>, and a zero is <c>0.0</c>, never <c>-0.0</c>. Claims and
/// intervals keep the unrounded values.
/// </summary>
public static class Printed
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A 0–100 value (score, component score, points) rounded as printed: one decimal, midpoint away from zero.</summary>
    public static double Points(double points) => Zero(Math.Round(points, 1, MidpointRounding.AwayFromZero));

    /// <summary>A share 0..1 as the percentage printed: one decimal, midpoint away from zero (0.61249 → 61.2).</summary>
    public static double PercentOf(double share) => Points(100 * share);

    /// <summary>A 0–100 value as printed, e.g. <c>73.4</c>.</summary>
    public static string Score(double points) => Points(points).ToString("0.0", Invariant);

    /// <summary>A 0–100 value with its sign, e.g. <c>+7.2</c>, <c>-3.1</c>, <c>0.0</c>.</summary>
    public static string Signed(double points)
    {
        var rounded = Points(points);
        return (rounded > 0 ? "+" : string.Empty) + rounded.ToString("0.0", Invariant);
    }

    /// <summary>A share 0..1 as a percentage with one decimal, e.g. <c>61.2%</c> (tables, figures side by side).</summary>
    public static string Percent(double share) => PercentOf(share).ToString("0.0", Invariant) + "%";

    /// <summary>A share in a sentence: the same rounding, without a trailing <c>.0</c>, e.g. <c>97%</c>, <c>97.5%</c>.</summary>
    public static string PercentInProse(double share) => PercentOf(share).ToString("0.#", Invariant) + "%";

    /// <summary>The gap between two 0–100 values as printed: the difference of the printed values.</summary>
    public static double PointsGap(double a, double b) => Points(Points(a) - Points(b));

    /// <summary>The gap in percentage points between two shares as printed: the difference of the printed percentages.</summary>
    public static double PercentGap(double a, double b) => Points(PercentOf(a) - PercentOf(b));

    /// <summary>A component's name inside a sentence: "Speed" → "speed", but "SLA attainment" keeps its acronym.</summary>
    public static string InSentence(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }

    private static double Zero(double rounded) => rounded == 0 ? 0.0 : rounded;
}
