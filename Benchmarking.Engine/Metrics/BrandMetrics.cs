namespace Benchmarking.Engine.Metrics;

/// <summary>
/// Care metrics of one brand over one period (methodology v1; see <c>docs/methodology.md</c> for every definition).
/// </summary>
/// <param name="BrandId">Registry id.</param>
/// <param name="Mentions">Inbound mentions in the period: posts by non-brand authors replying to or @-mentioning the brand, reposts excluded.</param>
/// <param name="Answered">Mentions whose first response came within the answer window.</param>
/// <param name="Pending">Unanswered mentions younger than the answer window at the as-of time: excluded from rates.</param>
/// <param name="Unanswered">Mentions neither answered nor pending (includes those answered only after the window).</param>
/// <param name="ResponseRate">Answered / (Mentions − Pending), 0..1; null when no mention is decided.</param>
/// <param name="FirstResponse">Distribution of first-response times of answered mentions.</param>
/// <param name="LogIqrDecades">Interquartile range of log10(first-response seconds) of answered mentions (seconds floored at 1); null when none.</param>
/// <param name="Within15Min">Share of decided mentions answered within 15 minutes.</param>
/// <param name="Within1Hour">Share of decided mentions answered within 1 hour.</param>
/// <param name="Within24Hours">Share of decided mentions answered within 24 hours.</param>
/// <param name="RepliesBeforeMention">Brand replies timed before the mention they answer: data errors, excluded from response times.</param>
/// <param name="BrandReplies">All posts by the brand's handles in the period.</param>
/// <param name="Survival">Kaplan–Meier shares answered within 15 min / 1 h / 24 h (methodology v2); null when not computed.</param>
/// <param name="ReplyText">Canned and deflecting replies from the stored text features (methodology v3); null when the text was not analysed, in which case the text components drop out of the score.</param>
public sealed record BrandMetrics(
    string BrandId,
    long Mentions,
    long Answered,
    long Pending,
    long Unanswered,
    double? ResponseRate,
    ResponseTimeStats FirstResponse,
    double? LogIqrDecades,
    double? Within15Min,
    double? Within1Hour,
    double? Within24Hours,
    long RepliesBeforeMention,
    long BrandReplies,
    SurvivalShares? Survival = null,
    ReplyTextCounts? ReplyText = null)
{
    /// <summary>Mentions that are decided (answered or unanswered): the denominator of every rate.</summary>
    public long Decided => Mentions - Pending;

    /// <summary>Response-time figures on the wall clock (methodology v4); null when not computed.</summary>
    public ClockFigures? WallClock { get; init; }

    /// <summary>Response-time figures on the brand's business clock (methodology v4); null when not computed.</summary>
    public ClockFigures? BusinessClock { get; init; }

    /// <summary>Mentions posted outside the brand's support hours and their answer rate (methodology v4); null when not computed.</summary>
    public OutOfHoursMentions? OutOfHours { get; init; }

    /// <summary>
    /// These metrics with <paramref name="figures"/> as the primary response-time figures (those the care score uses);
    /// the counts, the rate and both clocks' figures are kept.
    /// </summary>
    public BrandMetrics WithPrimary(ClockFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return this with
        {
            FirstResponse = figures.FirstResponse,
            LogIqrDecades = figures.LogIqrDecades,
            Within15Min = figures.Within15Min,
            Within1Hour = figures.Within1Hour,
            Within24Hours = figures.Within24Hours,
            Survival = figures.Survival,
        };
    }
}
