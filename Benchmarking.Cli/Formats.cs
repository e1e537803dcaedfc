using System.Globalization;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Cli;

/// <summary>Culture-invariant formatting of every number and time the CLI prints.</summary>
internal static class Formats
{
    /// <summary>Printed where a value is undefined (e.g. the median of no answered mentions).</summary>
    public const string None = ReportFormat.Missing;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A duration, exactly as the reports print it (<see cref="ReportFormat.Duration(double?)"/>): one formatter for both.</summary>
    public static string Duration(double? seconds) => ReportFormat.Duration(seconds);

    /// <summary>A share 0..1 as a percentage with one decimal: <c>87.5%</c>, as the reports print it.</summary>
    public static string Percent(double? share) => share is { } s && double.IsNaN(s) ? None : ReportFormat.Percent(share);

    /// <summary>A 0–100 score with one decimal, as the reports print it.</summary>
    public static string Score(double? score) => score is { } s && double.IsNaN(s) ? None : ReportFormat.Score(score);

    /// <summary>A count without grouping separators.</summary>
    public static string Count(long count) => count.ToString(Invariant);

    /// <summary>A UTC time to the minute: <c>2017-10-31 22:10 UTC</c>.</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant) : None;

    /// <summary>An answer window in hours: <c>72 h</c>.</summary>
    public static string Hours(TimeSpan span) => string.Create(Invariant, $"{span.TotalHours:0.##} h");
}
