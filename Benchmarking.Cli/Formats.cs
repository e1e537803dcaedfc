using System.Globalization;

namespace Benchmarking.Cli;

/// <summary>Culture-invariant formatting of every number and time the CLI prints.</summary>
internal static class Formats
{
    /// <summary>Printed where a value is undefined (e.g. the median of no answered mentions).</summary>
    public const string None = "-";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A duration in the largest sensible unit: <c>45 s</c>, <c>12.5 min</c>, <c>3.2 h</c>, <c>2.1 d</c>.</summary>
    public static string Duration(double? seconds) => seconds switch
    {
        null => None,
        var s when double.IsNaN(s.Value) => None,
        < 90 => string.Create(Invariant, $"{seconds:0} s"),
        < 90 * 60 => string.Create(Invariant, $"{seconds / 60:0.#} min"),
        < 48 * 3600 => string.Create(Invariant, $"{seconds / 3600:0.#} h"),
        _ => string.Create(Invariant, $"{seconds / 86400:0.#} d"),
    };

    /// <summary>A share 0..1 as a percentage with one decimal: <c>87.5%</c>.</summary>
    public static string Percent(double? share) =>
        share is { } s && !double.IsNaN(s) ? string.Create(Invariant, $"{s * 100:0.0}%") : None;

    /// <summary>A 0–100 score with one decimal.</summary>
    public static string Score(double? score) =>
        score is { } s && !double.IsNaN(s) ? s.ToString("0.0", Invariant) : None;

    /// <summary>A count without grouping separators.</summary>
    public static string Count(long count) => count.ToString(Invariant);

    /// <summary>A UTC time to the minute: <c>2017-10-31 22:10 UTC</c>.</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant) : None;

    /// <summary>An answer window in hours: <c>72 h</c>.</summary>
    public static string Hours(TimeSpan span) => string.Create(Invariant, $"{span.TotalHours:0.##} h");
}
