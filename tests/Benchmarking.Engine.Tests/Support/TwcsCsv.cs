using System.Text;

namespace Benchmarking.Engine.Tests.Support;

/// <summary>Builds small TWCS CSV files for tests: one valid row by default, each field overridable.</summary>
public static class TwcsCsv
{
    /// <summary>The published TWCS header.</summary>
    public const string Header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id";

    /// <summary>A valid TWCS timestamp.</summary>
    public const string Timestamp = "Tue Oct 31 22:10:47 +0000 2017";

    /// <summary><paramref name="time"/> as a TWCS timestamp (its UTC time, like <see cref="Timestamp"/>).</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("ddd MMM dd HH:mm:ss +0000 yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One record (no line ending). <paramref name="text"/> and <paramref name="responses"/> are quoted when needed.</summary>
    public static string Row(
        string id,
        string author = "115712",
        string inbound = "True",
        string createdAt = Timestamp,
        string text = "@sprintcare hello",
        string responses = "",
        string parent = "") =>
        string.Join(',', id, author, inbound, createdAt, Quote(text), Quote(responses), parent);

    /// <summary>Quotes a field per RFC 4180 when it holds a comma, quote or line break.</summary>
    public static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Writes <see cref="Header"/> and <paramref name="rows"/>, each ending with <c>\n</c>, as UTF-8 without BOM.</summary>
    public static string Write(string path, params string[] rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    /// <summary><paramref name="count"/> valid customer rows with ids <paramref name="firstId"/>, <paramref name="firstId"/>+1, ….</summary>
    public static IEnumerable<string> Rows(int count, long firstId = 1) =>
        Enumerable.Range(0, count).Select(i => Row((firstId + i).ToString(System.Globalization.CultureInfo.InvariantCulture), text: $"@sprintcare message {firstId + i}"));
}
