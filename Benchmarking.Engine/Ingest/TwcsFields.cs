using System.Globalization;

namespace Benchmarking.Engine.Ingest;

/// <summary>Parsers for the structural TWCS fields: ids, the inbound flag and timestamps. Pure and allocation-light.</summary>
internal static class TwcsFields
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>
    /// Parses a post id: digits, optionally with a pandas float suffix of zeros (<c>3.0</c>) or leading zeros written by
    /// a spreadsheet's number format (<c>0004001</c>), both dropped so that every spelling of one number is one post.
    /// Returns the canonical digits or the reason it is unusable. Empty input gives <paramref name="emptyReason"/>.
    /// </summary>
    public static RejectReason? ParseId(string raw, out string id, RejectReason emptyReason = RejectReason.MissingId)
    {
        var problem = ParseId(raw.AsSpan(), out ReadOnlySpan<char> digits, emptyReason);
        id = problem is not null ? string.Empty : digits.Length == raw.Length ? raw : digits.ToString();
        return problem;
    }

    /// <summary>
    /// <see cref="ParseId(string, out string, RejectReason)"/> on a span: <paramref name="id"/> is the canonical digits,
    /// a slice of <paramref name="raw"/> (or <c>0</c>), so no string is made.
    /// </summary>
    public static RejectReason? ParseId(ReadOnlySpan<char> raw, out ReadOnlySpan<char> id, RejectReason emptyReason = RejectReason.MissingId)
    {
        id = default;
        var s = raw.Trim();
        if (s.IsEmpty)
        {
            return emptyReason;
        }

        if (s.ContainsAny('e', 'E'))
        {
            return IsScientific(s) ? RejectReason.IdInScientificNotation : RejectReason.IdNotInteger;
        }

        var dot = s.IndexOf('.');
        if (dot >= 0)
        {
            var fraction = s[(dot + 1)..];
            if (fraction.IsEmpty || fraction.ContainsAnyExcept('0'))
            {
                return RejectReason.IdNotInteger;
            }

            s = s[..dot];
        }

        if (s.IsEmpty || s.ContainsAnyExceptInRange('0', '9'))
        {
            return RejectReason.IdNotInteger;
        }

        var significant = s.IndexOfAnyExcept('0');
        id = significant < 0 ? "0" : s[significant..];
        return null;
    }

    // "5.70E+17", "1e5", "-3.2e-4": a mantissa, an e and a signed exponent; anything else with an e is not a number.
    private static bool IsScientific(ReadOnlySpan<char> s)
    {
        var e = s.IndexOfAny('e', 'E');
        var mantissa = s[..e].TrimStart("+-");
        var exponent = s[(e + 1)..].TrimStart("+-");
        var point = mantissa.IndexOf('.');
        var whole = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? [] : mantissa[(point + 1)..];
        return !whole.IsEmpty && !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9')
            && !exponent.IsEmpty && !exponent.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Parses the TWCS inbound flag (<c>True</c>/<c>False</c> in any case, or <c>1</c>/<c>0</c>).</summary>
    public static bool TryParseInbound(ReadOnlySpan<char> raw, out bool inbound)
    {
        var s = raw.Trim();
        if (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s is "1")
        {
            inbound = true;
            return true;
        }

        if (s.Equals("false", StringComparison.OrdinalIgnoreCase) || s is "0")
        {
            inbound = false;
            return true;
        }

        inbound = false;
        return false;
    }

    /// <summary>
    /// Parses a timestamp to UTC: the TWCS form <c>Tue Oct 31 22:10:47 +0000 2017</c>, or ISO 8601 with an explicit
    /// offset or <c>Z</c> (<c>2017-10-31 22:10:47+00:00</c>). A time without an offset is ambiguous and refused.
    /// </summary>
    public static bool TryParseTimestamp(ReadOnlySpan<char> raw, out DateTime utc)
    {
        utc = default;
        var s = raw.Trim();

        // "Tue Oct 31 22:10:47 +0000 2017": fixed positions.
        if (s.Length == 30 && s[3] == ' ' && s[7] == ' ' && s[10] == ' ' && s[19] == ' ' && s[25] == ' ')
        {
            var month = MonthNumber(s.Slice(4, 3));
            if (month == 0
                || !TryDigits(s.Slice(8, 2), out var day)
                || !TryDigits(s.Slice(11, 2), out var hour) || s[13] != ':'
                || !TryDigits(s.Slice(14, 2), out var minute) || s[16] != ':'
                || !TryDigits(s.Slice(17, 2), out var second)
                || (s[20] != '+' && s[20] != '-')
                || !TryDigits(s.Slice(21, 2), out var offsetHours)
                || !TryDigits(s.Slice(23, 2), out var offsetMinutes)
                || !TryDigits(s.Slice(26, 4), out var year)
                || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || hour > 23 || minute > 59 || second > 59
                || year < 1
                || offsetHours > 14 || offsetMinutes > 59)
            {
                return false;
            }

            var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
            var offset = new TimeSpan(offsetHours, offsetMinutes, 0) * (s[20] == '-' ? -1 : 1);

            // An offset can push the first or last representable day out of range: a bad value, not a crash.
            var ticks = local.Ticks - offset.Ticks;
            if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            {
                return false;
            }

            utc = new DateTime(ticks, DateTimeKind.Utc);
            return true;
        }

        if (s.Length >= 19 && s[4] == '-' && (s.EndsWith("Z") || HasOffset(s))
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            utc = parsed.UtcDateTime;
            return true;
        }

        return false;
    }

    // 1 to 12 for the English month abbreviation (ordinal, as written by Twitter), 0 for anything else.
    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Months.Length; i++)
        {
            if (name.SequenceEqual(Months[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool HasOffset(ReadOnlySpan<char> s)
    {
        // An offset is "+hh:mm", "-hh:mm", "+hhmm" or "-hhmm" after the time part.
        var tail = s[Math.Min(s.Length, 19)..];
        return tail.IndexOfAny('+', '-') >= 0;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
