using Benchmarking.Engine.History;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ranking;

namespace Benchmarking.Engine.Text;

/// <summary>
/// One brand's mention sentiment in one ISO week (UTC) of the period: the mentions the model classified as each class
/// (negative, neutral, positive), counted from the same mentions as <see cref="BrandQuality.MentionSentiment"/>, so the
/// weeks add up to the period; and the shares estimated from them by <see cref="ShareEstimator"/>.
/// </summary>
/// <param name="Week">The ISO week the mentions were posted in (UTC).</param>
/// <param name="Counts">Mentions predicted negative, neutral and positive that week.</param>
public sealed record WeeklySentiment(IsoWeek Week, IReadOnlyList<long> Counts)
{
    /// <summary>Mentions with a sentiment class that week.</summary>
    public long Analysed => Counts.Sum();

    /// <summary>True when the week has at least <see cref="ClaimRules.MinimumTrendMentions"/> analysed mentions; below it no shares are estimated ("not enough data").</summary>
    public bool Enough => ClaimRules.EnoughForTrend(Analysed);

    /// <summary>
    /// The estimated shares (negative, neutral, positive) with 95% intervals; null when the week is not
    /// <see cref="Enough"/> or the model records no validation.
    /// </summary>
    public ShareEstimate? Shares { get; init; }
}
