using Benchmarking.Engine.History;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// One brand's weekly scorecard: this week, last week and the trailing weeks before it side by side, the rank movement
/// within the industry and why it moved, the weekly trend and the slowest unanswered mentions of the week.
/// </summary>
/// <param name="Brand">The brand.</param>
/// <param name="Week">The reported week.</param>
/// <param name="WeekIsDefault">True when the week was not asked for but taken as the last complete week of the data.</param>
/// <param name="ThisWeek">The reported week.</param>
/// <param name="LastWeek">The week before.</param>
/// <param name="Trailing">The trailing weeks before the reported one, pooled into one period (the baseline).</param>
/// <param name="Movement">Rank and score movement from last week, with its decomposition.</param>
/// <param name="Trend">The brand's figures per week, oldest first, ending with the reported week (weeks without mentions included).</param>
/// <param name="Slowest">The week's unanswered or pending mentions that waited longest, longest first.</param>
/// <param name="CustomersShown">True when <see cref="UnansweredMention.Customer"/> holds real handles, false for pseudonyms.</param>
public sealed record Scorecard(
    Brand Brand,
    IsoWeek Week,
    bool WeekIsDefault,
    ScorecardPeriod ThisWeek,
    ScorecardPeriod LastWeek,
    ScorecardPeriod Trailing,
    RankMovement Movement,
    IReadOnlyList<WeeklyFigures> Trend,
    IReadOnlyList<UnansweredMention> Slowest,
    bool CustomersShown)
{
    /// <summary>The three periods in display order: this week, last week, trailing weeks.</summary>
    public IReadOnlyList<ScorecardPeriod> Periods => [ThisWeek, LastWeek, Trailing];

    /// <summary>
    /// Care quality from the text for this week and last; null when the reported week's text is not analysed (no stored
    /// text features: run <c>carebench quality</c>, or run/rank with the shipped model).
    /// </summary>
    public ScorecardQuality? Quality { get; init; }
}
