using System.Globalization;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// The error entries an API response carried next to (or instead of) its posts: X's <c>errors</c> array (a deleted
/// referenced tweet, a suspended mentioned user, a pinned tweet the caller may not see, a rate limit). They are not
/// posts, so they are counted here and not as rejected rows; a response that is nothing but errors also gets a warning.
/// </summary>
internal sealed class ApiErrorLog
{
    private readonly List<string> warnings = [];

    /// <summary>Error entries seen so far.</summary>
    public long Entries { get; private set; }

    /// <summary>One sentence per response that held no posts, only errors (file, line and the first error's title).</summary>
    public IReadOnlyList<string> Warnings => warnings;

    /// <summary>Counts <paramref name="count"/> error entries.</summary>
    public void Add(long count) => Entries += count;

    /// <summary>Records a response that is an error as a whole.</summary>
    /// <param name="file">The file or landed page.</param>
    /// <param name="line">Its JSONL line (1 for a JSON document).</param>
    /// <param name="entries">Error entries in it.</param>
    /// <param name="title">The first error's title or message, clipped (never post text: errors carry none).</param>
    public void WholeResponse(string file, long line, long entries, string title) =>
        warnings.Add(string.Create(CultureInfo.InvariantCulture,
            $"{file} (line {line}): the response is an API error, not posts ({entries} error entr{(entries == 1 ? "y" : "ies")}, first: '{title}'); nothing was read from it. Check the request (token, rate limit, fields) and fetch it again."));
}
