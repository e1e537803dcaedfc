using System.Globalization;
using Benchmarking.Engine.Inference;

namespace Benchmarking.Reports.Formatting;

/// <summary>
/// Every number, share, duration and time a report prints, formatted with <see cref="CultureInfo.InvariantCulture"/> so
/// the output never depends on the machine's culture. Missing values print as <see cref="Missing"/>. Scores, shares and
/// signed points follow the engine's <see cref="Printed"/> rule, which its own sentences use too.
/// Public because it is the one formatter of every figure: the console (<c>carebench</c>) prints through it too, so a
/// duration or share reads the same everywhere.
/// </summary>
public static class ReportFormat
{
    /// <summary>What a report prints for a value that does not exist (e.g. the median of no response).</summary>
    public const string Missing = "–";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A share 0..1 as a percentage with one decimal, e.g. <c>61.2%</c>.</summary>
    public static string Percent(double? share) => share is { } s ? Printed.Percent(s) : Missing;

    /// <summary>A 0–100 score with one decimal, e.g. <c>73.4</c>.</summary>
    public static string Score(double? score) => score is { } s ? Printed.Score(s) : Missing;

    /// <summary>A count with thousands separators, e.g. <c>12,345</c>.</summary>
    public static string Count(long count) => count.ToString("#,0", Invariant);

    /// <summary>A plain number with up to <paramref name="decimals"/> decimals.</summary>
    public static string Number(double? value, int decimals = 2) =>
        value is { } v ? v.ToString("0." + new string('0', decimals), Invariant) : Missing;

    /// <summary>A number with a sign and one decimal, e.g. <c>+7.2</c>, <c>-3.1</c>, <c>0.0</c> (never <c>-0.0</c>).</summary>
    public static string SignedPoints(double value) => Printed.Signed(value);

    /// <summary>
    /// A value with its 95% interval in brackets, e.g. <c>78.9 (74.1–83.0)</c>, <c>59.3% (55.0–63.5%)</c>,
    /// <c>14 min (11–18 min)</c>: a unit shared by both ends is printed once. Without an interval, just the value.
    /// </summary>
    /// <param name="value">The estimate.</param>
    /// <param name="interval">Its interval; null when not computed.</param>
    /// <param name="format">Formats one number in the estimate's unit (e.g. <see cref="Percent"/>).</param>
    public static string WithInterval(double? value, ConfidenceInterval? interval, Func<double?, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var text = format(value);
        return value is null || interval is not { } ci ? text : $"{text} ({Range(ci, format)})";
    }

    /// <summary>An interval as <c>74.1–83.0</c>, <c>55.0–63.5%</c>, <c>11–18 min</c> or <c>50 s–18 min</c>.</summary>
    public static string Range(ConfidenceInterval interval, Func<double?, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var lower = format(interval.Lower);
        var upper = format(interval.Upper);
        var unit = Unit(upper);
        return unit.Length > 0 && string.Equals(Unit(lower), unit, StringComparison.Ordinal)
            ? $"{lower[..^unit.Length]}–{upper}"
            : $"{lower}–{upper}";
    }

    /// <summary>A rank interval, e.g. <c>2–4</c>, or <c>2</c> when both ends agree; <see cref="Missing"/> when unknown.</summary>
    public static string RankRange(int? low, int? high) => (low, high) switch
    {
        ({ } l, { } h) when l == h => Count(l),
        ({ } l, { } h) => $"{Count(l)}–{Count(h)}",
        _ => Missing,
    };

    /// <summary>
    /// A local file as reports show it: its name only (<c>twcs.csv</c>), never the absolute path, which would leak the
    /// analyst's folders into shared decks. Works for Windows and POSIX separators alike.
    /// </summary>
    public static string FileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var cut = path.LastIndexOfAny(['/', '\\']);
        return cut >= 0 && cut < path.Length - 1 ? path[(cut + 1)..] : path;
    }

    /// <summary>A UTC time to the second, e.g. <c>2017-10-31 22:10:47 UTC</c>.</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", Invariant) : Missing;

    /// <summary>
    /// A time on the local clock of <paramref name="zone"/> to the second, with the weekday and the UTC offset in force,
    /// e.g. <c>Fri 2017-10-27 19:55:00 (UTC-04:00)</c>.
    /// </summary>
    public static string LocalTime(DateTimeOffset time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(time, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return local.ToString("ddd yyyy-MM-dd HH:mm:ss", Invariant) + $" (UTC{sign}{offset.Duration():hh\\:mm})";
    }

    /// <summary>A duration in seconds, human-readable: <c>45 s</c>, <c>4.5 min</c>, <c>12 min</c>, <c>3.4 h</c>, <c>72 h</c>, <c>9 d</c>.</summary>
    public static string Duration(double? seconds) => seconds is { } s ? Duration(s) : Missing;

    /// <summary>A duration, human-readable (see <see cref="Duration(double?)"/>).</summary>
    public static string Duration(TimeSpan duration) => Duration(duration.TotalSeconds);

    /// <summary>
    /// A duration with its 95% interval, both ends in the estimate's unit so the three figures read on one scale, e.g.
    /// <c>1.6 h (1.2–2 h)</c>, <c>40 min (34–52 min)</c>, <c>5 s (0–12 s)</c>; just the duration without an interval.
    /// </summary>
    public static string DurationWithInterval(double? seconds, ConfidenceInterval? interval)
    {
        if (seconds is not { } s || !double.IsFinite(s))
        {
            return Missing;
        }

        var unit = DurationUnit(s);
        var text = Duration(s);
        if (interval is not { } ci)
        {
            return text;
        }

        // One unit reads best; an interval spanning more than two units (3.8 min to 6.5 h) gets each end in its own unit
        // rather than "391 min".
        return Math.Round(ci.Upper / unit.Seconds, MidpointRounding.AwayFromZero) < 100 || unit.Name == "d"
            ? $"{text} ({Amount(ci.Lower / unit.Seconds)}–{Amount(ci.Upper / unit.Seconds)} {unit.Name})"
            : $"{text} ({Duration(ci.Lower)}–{Duration(ci.Upper)})";
    }

    /// <summary><c>1 mention</c>, <c>2 mentions</c>, <c>1 reply</c>, <c>3 replies</c>: the count with its noun in the right number.</summary>
    public static string Plural(long count, string singular, string? plural = null) =>
        $"{Count(count)} {(count == 1 ? singular : plural ?? singular + "s")}";

    private static string Duration(double seconds)
    {
        if (double.IsNaN(seconds) || double.IsInfinity(seconds))
        {
            return Missing;
        }

        var sign = seconds < 0 ? "-" : string.Empty;
        var unit = DurationUnit(seconds);
        return unit.Seconds == 1
            ? sign + Math.Abs(seconds).ToString("0", Invariant) + " s"
            : sign + Amount(Math.Abs(seconds) / unit.Seconds) + " " + unit.Name;
    }

    /// <summary>
    /// The unit a duration prints in: each unit is used while its rounded value stays below the next unit, so 59.7 s
    /// prints as "1 min", not "60 s"; hours up to 99, then days.
    /// </summary>
    private static (double Seconds, string Name) DurationUnit(double seconds)
    {
        var abs = Math.Abs(seconds);
        if (Math.Round(abs, MidpointRounding.AwayFromZero) < 60)
        {
            return (1, "s");
        }

        if (Rounded(abs / 60.0) < 60)
        {
            return (60, "min");
        }

        return Rounded(abs / 3600.0) < 100 ? (3600, "h") : (86400, "d");
    }

    /// <summary>The unit suffix of a formatted figure: <c>%</c>, <c> min</c>, <c> h</c>…; empty for a plain number.</summary>
    private static string Unit(string text)
    {
        if (text.EndsWith('%'))
        {
            return "%";
        }

        var space = text.LastIndexOf(' ');
        return space > 0 ? text[space..] : string.Empty;
    }

    /// <summary>One decimal below 10 (dropping a trailing .0), none from 10 on: <c>4.5</c>, <c>4</c>, <c>12</c>.</summary>
    private static string Amount(double value) => value < 9.95 ? value.ToString("0.#", Invariant) : value.ToString("0", Invariant);

    private static double Rounded(double value) => value < 9.95 ? Math.Round(value, 1, MidpointRounding.AwayFromZero) : Math.Round(value, MidpointRounding.AwayFromZero);
}
