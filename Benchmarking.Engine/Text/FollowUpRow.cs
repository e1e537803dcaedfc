namespace Benchmarking.Engine.Text;

/// <summary>
/// An answered mention's sentiment and, when there is one, the sentiment of the customer's earliest direct reply to
/// one of the brand's replies to it (at or after that reply): the pair the recovery share counts.
/// </summary>
internal sealed record FollowUpRow(string BrandId, string PostId, string? Sentiment, string? FollowUpId, string? FollowUpSentiment);
