using System.Globalization;

namespace Benchmarking.Engine.Simulation;

/// <summary>
/// Builds one CSV row at a time in a reused character buffer, so writing a row allocates nothing: numbers are formatted
/// into the buffer and TWCS timestamps are patched into per-day templates.
/// </summary>
internal sealed class CsvRowBuilder
{
    private static readonly string[] Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private readonly long firstDay;
    private readonly char[][] dayTemplates;
    private char[] buffer = new char[512];

    /// <summary>Prepares timestamp templates for every UTC day from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public CsvRowBuilder(DateTimeOffset from, DateTimeOffset to)
    {
        firstDay = from.UtcTicks / TimeSpan.TicksPerDay;
        var lastDay = to.UtcTicks / TimeSpan.TicksPerDay;
        dayTemplates = new char[lastDay - firstDay + 1][];
        for (var i = 0; i < dayTemplates.Length; i++)
        {
            var date = new DateTime((firstDay + i) * TimeSpan.TicksPerDay, DateTimeKind.Utc);
            // "Tue Oct 31 00:00:00 +0000 2017": the time (positions 11–18) is patched per row.
            dayTemplates[i] = string.Create(CultureInfo.InvariantCulture, $"{Days[(int)date.DayOfWeek]} {Months[date.Month - 1]} {date.Day:00} 00:00:00 +0000 {date.Year:0000}").ToCharArray();
        }
    }

    /// <summary>Characters in the current row.</summary>
    public int Length { get; private set; }

    /// <summary>The current row.</summary>
    public ReadOnlySpan<char> Row => buffer.AsSpan(0, Length);

    /// <summary>Starts a new row.</summary>
    public CsvRowBuilder Clear()
    {
        Length = 0;
        return this;
    }

    public CsvRowBuilder Append(char c)
    {
        Ensure(1);
        buffer[Length++] = c;
        return this;
    }

    public CsvRowBuilder Append(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(buffer.AsSpan(Length));
        Length += text.Length;
        return this;
    }

    /// <summary>Appends text doubling every quote, for the inside of a quoted field.</summary>
    public CsvRowBuilder AppendEscaped(string text)
    {
        foreach (var c in text)
        {
            if (c == '"')
            {
                Append('"');
            }

            Append(c);
        }

        return this;
    }

    public CsvRowBuilder Append(long value)
    {
        Ensure(20);
        value.TryFormat(buffer.AsSpan(Length), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>Appends a UTC time in seconds since the Unix epoch in the TWCS form <c>Tue Oct 31 22:10:47 +0000 2017</c>.</summary>
    public CsvRowBuilder AppendTimestamp(long unixSeconds)
    {
        var ticks = DateTime.UnixEpoch.Ticks + (unixSeconds * TimeSpan.TicksPerSecond);
        var template = dayTemplates[(ticks / TimeSpan.TicksPerDay) - firstDay];
        Ensure(template.Length);
        var target = buffer.AsSpan(Length, template.Length);
        template.CopyTo(target);
        var secondOfDay = (int)(unixSeconds - ((ticks / TimeSpan.TicksPerDay * TimeSpan.TicksPerDay - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond));
        Two(target[11..], secondOfDay / 3600);
        Two(target[14..], secondOfDay / 60 % 60);
        Two(target[17..], secondOfDay % 60);
        Length += template.Length;
        return this;
    }

    private static void Two(Span<char> target, int value)
    {
        target[0] = (char)('0' + (value / 10));
        target[1] = (char)('0' + (value % 10));
    }

    private void Ensure(int extra)
    {
        if (Length + extra > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, Length + extra));
        }
    }
}
