namespace Benchmarking.Engine.Simulation;

/// <summary>
/// What was actually generated for one brand: the ground truth the engine's metrics are checked against. Dirt rows
/// are extra rows and never counted here.
/// </summary>
/// <param name="Brand">The brand and its true parameters.</param>
/// <param name="Mentions">Customer posts addressed to the brand (first mentions and follow-ups): the engine's Mentions.</param>
/// <param name="FollowUps">Of <paramref name="Mentions"/>, customer follow-ups replying to one of the brand's replies.</param>
/// <param name="Answered">Mentions whose (single) reply came within the answer window: the engine's Answered.</param>
/// <param name="LateReplies">Mentions replied to only after the answer window: unanswered by definition.</param>
/// <param name="BrandPosts">Every post by the brand: replies (in time or late) and its closing post.</param>
/// <param name="IncidentDays">Days with a volume burst for this brand.</param>
public sealed record BrandTruth(
    SimulatedBrand Brand,
    long Mentions,
    long FollowUps,
    long Answered,
    long LateReplies,
    long BrandPosts,
    int IncidentDays)
{
    /// <summary>Mentions not answered within the window (including the late ones). No mention is ever pending.</summary>
    public long Unanswered => Mentions - Answered;

    /// <summary>Answered ÷ Mentions: the sample response rate the engine must reproduce exactly; null without mentions.</summary>
    public double? SampleResponseRate => Mentions > 0 ? (double)Answered / Mentions : null;
}
