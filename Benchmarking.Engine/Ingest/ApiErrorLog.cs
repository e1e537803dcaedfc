using System.Globalization;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// What API responses say besides their posts: the error entries they carried next to (or instead of) them — X's
/// <c>errors</c> array (a deleted referenced tweet, a suspended mentioned user, a pinned tweet the caller may not see, a
/// rate limit) — and responses unusable as a whole. Error entries are not posts, so they are counted here and not as
/// rejected rows; a response that is nothing but errors, or whose tweets all lack the fields the request should have
/// asked for, gets one warning (its tweets are still each counted as rejected).
/// </summary>
internal sealed class ApiErrorLog
{
    private readonly List<string> warnings = [];

    /// <summary>Error entries seen so far.</summary>
    public long Entries { get; private set; }

    /// <summary>One sentence per response that was unusable as a whole (file, line and why).</summary>
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

    /// <summary>Records a response whose tweets all lack fields that only a request's <c>tweet.fields</c> brings.</summary>
    /// <param name="file">The file or landed page.</param>
    /// <param name="line">Its JSONL line (1 for a JSON document).</param>
    /// <param name="tweets">Tweets in it.</param>
    /// <param name="fields">The fields missing from every tweet, e.g. <c>author_id,created_at</c>.</param>
    public void FieldsNotRequested(string file, long line, int tweets, string fields) =>
        warnings.Add(string.Create(CultureInfo.InvariantCulture,
            $"{file} (line {line}): the response was requested without tweet.fields={fields}: none of its {tweets} tweet(s) has them, so none can be stored. Fetch it again with tweet.fields=author_id,created_at,conversation_id,referenced_tweets and expansions=author_id (carebench pull does)."));
}
