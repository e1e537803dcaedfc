namespace Benchmarking.Engine.Domain;

/// <summary>
/// One public post, normalised across platforms. Immutable; produced by readers and appended to the store.
/// </summary>
/// <param name="Platform">Network the post was published on.</param>
/// <param name="PostId">Platform-native id, as text (numeric on X and Mastodon, an AT URI on Bluesky).</param>
/// <param name="Author">Author handle without the leading <c>@</c> (TWCS: a brand handle or an anonymised numeric id).</param>
/// <param name="BrandId">Registry id of the brand when the author is one of its handles; otherwise null (a customer).</param>
/// <param name="CreatedAt">Publication time, always UTC.</param>
/// <param name="Text">Post text as published.</param>
/// <param name="InReplyToId">Id of the post this one replies to directly, if any.</param>
/// <param name="ConversationId">Root of the conversation where the source says so; null when unknown.</param>
/// <param name="DeclaredInbound">The source's own customer/brand flag when it has one (TWCS <c>inbound</c>); null otherwise.</param>
public sealed record Post(
    Platform Platform,
    string PostId,
    string Author,
    string? BrandId,
    DateTimeOffset CreatedAt,
    string Text,
    string? InReplyToId,
    string? ConversationId,
    bool? DeclaredInbound)
{
    /// <summary>
    /// The handles the post mentions, lower case in text order, when the platform says so itself (X
    /// <c>entities.mentions</c>, Bluesky mention facets) — a mentioned account the registry lists by id is given as the
    /// brand's handle; null when the source has no such data and the mentions are read from the text.
    /// </summary>
    public IReadOnlyList<string>? Mentions { get; init; }

    /// <summary>
    /// The author's stable account id when the platform gives one (X user id, Bluesky DID, Mastodon
    /// <c>id@instance</c>); null otherwise (TWCS). <see cref="Author"/> stays the handle, for display.
    /// </summary>
    public string? AuthorId { get; init; }

    /// <summary>
    /// When this version of an edited post was written (Mastodon <c>edited_at</c>, the latest X version's time); null for
    /// a post never edited. A later version replaces the stored text at ingest instead of conflicting with it.
    /// </summary>
    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>True when the author is a registered brand handle.</summary>
    public bool IsBrand => BrandId is not null;
}
