using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Benchmarking.Engine.Tests.Reference;

/// <summary>
/// The reference implementation's own minimal TWCS reader (independent of the engine's <c>TwcsCsvReader</c>): a raw
/// <see cref="CsvParser"/> that ends records only at <c>\n</c>, the published or pandas header, the first row of a
/// repeated id kept. Rows it cannot use are counted in <see cref="Skipped"/>, never dropped silently.
/// </summary>
internal sealed class ReferenceTwcsFile
{
    private static readonly string[] Columns = ["tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id", "in_response_to_tweet_id"];

    private ReferenceTwcsFile(IReadOnlyList<ReferencePost> posts, int rows, int skipped)
    {
        Posts = posts;
        Rows = rows;
        Skipped = skipped;
    }

    /// <summary>Usable posts, one per id, in file order.</summary>
    public IReadOnlyList<ReferencePost> Posts { get; }

    /// <summary>Data records read (header excluded).</summary>
    public int Rows { get; }

    /// <summary>Records not used: wrong width, bad quoting, unparseable structural field, or a repeated id.</summary>
    public int Skipped { get; }

    public static ReferenceTwcsFile Read(string path)
    {
        var badRecord = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = _ => badRecord = true,
        };
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        using var parser = new CsvParser(reader, configuration);
        if (!parser.Read())
        {
            throw new InvalidDataException($"{path}: empty file");
        }

        var header = parser.Record!.Select(h => h.Trim('\r', '\uFEFF', ' ')).ToArray();
        var offset = header.Length == Columns.Length + 1 ? 1 : 0;
        if (!header.Skip(offset).SequenceEqual(Columns))
        {
            throw new InvalidDataException($"{path}: unexpected header {string.Join(',', header)}");
        }

        var posts = new List<ReferencePost>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int rows = 0, skipped = 0;
        while (true)
        {
            badRecord = false;
            if (!parser.Read())
            {
                break;
            }

            rows++;
            var f = parser.Record!;
            if (badRecord || f.Length != Columns.Length + offset || Parse(f, offset) is not { } post || !seen.Add(post.Id))
            {
                skipped++;
                continue;
            }

            posts.Add(post);
        }

        return new ReferenceTwcsFile(posts, rows, skipped);
    }

    private static ReferencePost? Parse(string[] f, int offset)
    {
        var id = Id(f[offset]);
        var author = f[offset + 1].Trim();
        var inbound = f[offset + 2].Trim();
        var parentText = f[offset + 6].Trim('\r', ' ');
        var parent = parentText.Length == 0 ? null : Id(parentText);
        if (id is null || author.Length == 0 || (parentText.Length > 0 && parent is null)
            || !(inbound.Equals("true", StringComparison.OrdinalIgnoreCase) || inbound.Equals("false", StringComparison.OrdinalIgnoreCase))
            || Time(f[offset + 3]) is not { } created)
        {
            return null;
        }

        return new ReferencePost(id, author, created, f[offset + 4], parent);
    }

    /// <summary>An integer id, also when pandas wrote it as a float (<c>3.0</c>).</summary>
    private static string? Id(string raw) =>
        decimal.TryParse(raw.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d)
            ? decimal.Truncate(d).ToString(CultureInfo.InvariantCulture)
            : null;

    /// <summary><c>Tue Oct 31 22:10:47 +0000 2017</c> → UTC.</summary>
    private static DateTime? Time(string raw)
    {
        var s = raw.Trim();
        if (s.Length != 30)
        {
            return null;
        }

        // .NET's "zzz" wants "+00:00": put the colon into the "+0000" offset.
        var withColon = s[..23] + ":" + s[23..];
        return DateTimeOffset.TryParseExact(withColon, "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t.UtcDateTime
            : null;
    }
}
