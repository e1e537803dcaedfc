using System.Globalization;

namespace Benchmarking.Reports.Formatting;

/// <summary>
/// Every number, share, duration and time a report prints, formatted with <see cref="CultureInfo.InvariantCulture"/> so
/// the output never depends on the machine's culture. Missing values print as <see cref="Missing"/>.
/// </summary>
internal static class ReportFormat
{
    /// <summary>What a report prints for a value that does not exist (e.g. the median of no response).</summary>
    public const string Missing = "–";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A share 0..1 as a percentage with one decimal, e.g. <c>61.2%</c>.</summary>
    public static string Percent(double? share) =>
        share is { } s ? (s * 100.0).ToString("0.0", Invariant) + "%" : Missing;

    /// <summary>A 0–100 score with one decimal, e.g. <c>73.4</c>.</summary>
    public static string Score(double? score) => score is { } s ? s.ToString("0.0", Invariant) : Missing;

    /// <summary>A count with thousands separators, e.g. <c>12,345</c>.</summary>
    public static string Count(long count) => count.ToString("#,0", Invariant);

    /// <summary>A plain number with up to <paramref name="decimals"/> decimals.</summary>
    public static string Number(double? value, int decimals = 2) =>
        value is { } v ? v.ToString("0." + new string('0', decimals), Invariant) : Missing;

    /// <summary>A UTC time to the second, e.g. <c>2017-10-31 22:10:47 UTC</c>.</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", Invariant) : Missing;

    /// <summary>A duration in seconds, human-readable: <c>45 s</c>, <c>4.5 min</c>, <c>12 min</c>, <c>3.4 h</c>, <c>72 h</c>, <c>9 d</c>.</summary>
    public static string Duration(double? seconds) => seconds is { } s ? Duration(s) : Missing;

    /// <summary>A duration, human-readable (see <see cref="Duration(double?)"/>).</summary>
    public static string Duration(TimeSpan duration) => Duration(duration.TotalSeconds);

    private static string Duration(double seconds)
    {
        if (double.IsNaN(seconds) || double.IsInfinity(seconds))
        {
            return Missing;
        }

        var sign = seconds < 0 ? "-" : string.Empty;
        var abs = Math.Abs(seconds);

        // Each unit is used while its rounded value stays below the next unit, so 59.7 s prints as "1 min", not "60 s".
        if (Math.Round(abs, MidpointRounding.AwayFromZero) < 60)
        {
            return sign + abs.ToString("0", Invariant) + " s";
        }

        var minutes = abs / 60.0;
        if (Rounded(minutes) < 60)
        {
            return sign + Amount(minutes) + " min";
        }

        var hours = abs / 3600.0;
        if (Rounded(hours) < 100)
        {
            return sign + Amount(hours) + " h";
        }

        return sign + Amount(abs / 86400.0) + " d";
    }

    /// <summary>One decimal below 10 (dropping a trailing .0), none from 10 on: <c>4.5</c>, <c>4</c>, <c>12</c>.</summary>
    private static string Amount(double value) => value < 9.95 ? value.ToString("0.#", Invariant) : value.ToString("0", Invariant);

    private static double Rounded(double value) => value < 9.95 ? Math.Round(value, 1, MidpointRounding.AwayFromZero) : Math.Round(value, MidpointRounding.AwayFromZero);
}
