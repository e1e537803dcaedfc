namespace Benchmarking.Engine.Conversations;

/// <summary>
/// The posts that could not become part of a conversation, counted while the facts are built, for the findings every
/// report shows (never dropped silently).
/// </summary>
/// <param name="OrphanReplies">Brand replies in the period whose replied-to post is not stored.</param>
/// <param name="UnaddressedReplies">Brand replies to a customer post of the period that is not a mention of the replying brand.</param>
/// <param name="UnregisteredBrandPosts">Posts the source marks as company posts whose author is not in the registry.</param>
/// <param name="UnregisteredHandles">Distinct authors of <paramref name="UnregisteredBrandPosts"/>.</param>
/// <param name="InboundBrandPosts">Posts by registered brand handles that the source marks as customer posts.</param>
internal sealed record ConversationChecks(
    long OrphanReplies,
    long UnaddressedReplies,
    long UnregisteredBrandPosts,
    long UnregisteredHandles,
    long InboundBrandPosts);
