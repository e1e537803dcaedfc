namespace Benchmarking.Engine.Text;

/// <summary>
/// Care quality of one brand over one period, measured from the text (<c>docs/text-quality.md</c>). Reply figures count
/// the brand's posts in the period; mention figures count its inbound mentions as defined in methodology §2.
/// </summary>
/// <param name="BrandId">Registry id.</param>
/// <param name="Replies">Posts by the brand's handles in the period.</param>
/// <param name="TemplatedReplies">Replies in a template group used at least <see cref="TextQualityOptions.MinTemplateUses"/> times.</param>
/// <param name="TemplatedShare">TemplatedReplies ÷ Replies; null without replies.</param>
/// <param name="TopTemplates">The most used template groups.</param>
/// <param name="DeflectedReplies">Replies with at least one deflection kind (moving the customer to DM, phone, email, web, in person).</param>
/// <param name="DeflectionRate">DeflectedReplies ÷ Replies; null without replies.</param>
/// <param name="DeflectionKinds">Replies per deflection kind (a reply can have several).</param>
/// <param name="HedgedReplies">Replies built on a formula (hedge or empty apology).</param>
/// <param name="HedgingShare">HedgedReplies ÷ Replies; null without replies.</param>
/// <param name="HedgingKinds">Replies per hedging kind.</param>
/// <param name="Mentions">Inbound mentions in the period.</param>
/// <param name="ResponseRate">Answered ÷ decided mentions (methodology §3); null when none decided.</param>
/// <param name="ActionableMentions">Mentions whose intent is a question or a complaint.</param>
/// <param name="ActionableResponseRate">Answered ÷ decided over actionable mentions only; null when none decided.</param>
/// <param name="MentionSentiment">Mentions per sentiment (negative, neutral, positive).</param>
/// <param name="MentionIntent">Mentions per intent (question, complaint, praise, other).</param>
/// <param name="Recovery">Sentiment recovery over answered mentions.</param>
/// <param name="Themes">The most raised recurring issues by the keyword themes of the rules file.</param>
/// <param name="Examples">Every example post referenced above, by post id.</param>
public sealed record BrandQuality(
    string BrandId,
    long Replies,
    long TemplatedReplies,
    double? TemplatedShare,
    IReadOnlyList<TemplateUsage> TopTemplates,
    long DeflectedReplies,
    double? DeflectionRate,
    IReadOnlyList<KindCount> DeflectionKinds,
    long HedgedReplies,
    double? HedgingShare,
    IReadOnlyList<KindCount> HedgingKinds,
    long Mentions,
    double? ResponseRate,
    long ActionableMentions,
    double? ActionableResponseRate,
    IReadOnlyList<KindCount> MentionSentiment,
    IReadOnlyList<KindCount> MentionIntent,
    RecoveryCounts Recovery,
    IReadOnlyList<ThemeCount> Themes,
    IReadOnlyDictionary<string, QualityExample> Examples)
{
    /// <summary>
    /// Recurring issues discovered from the inbound text without keyword rules: the phrases most distinctive of this
    /// brand's mentions against every other brand's, with weekly counts (<see cref="ThemeDiscovery"/>).
    /// </summary>
    public IReadOnlyList<DiscoveredTheme> DiscoveredThemes { get; init; } = [];

    /// <summary>
    /// The mention sentiment shares (negative, neutral, positive) estimated by <see cref="ShareEstimator"/> from
    /// <see cref="MentionSentiment"/> and the model's validated confusion matrices, with 95 % intervals; null without
    /// mentions or when the model records no validation.
    /// </summary>
    public ShareEstimate? SentimentShares { get; init; }

    /// <summary>
    /// The share of mentions that are complaints, estimated by <see cref="ShareEstimator"/> from the detected count and
    /// <see cref="ComplaintValidation"/> (index 1 = complaint); null without mentions.
    /// </summary>
    public ShareEstimate? ComplaintShare { get; init; }

    /// <summary>
    /// The sentiment recovery shares (improved, same, worse) estimated by <see cref="ShareEstimator.EstimateRecovery"/>
    /// from <see cref="RecoveryCounts.Transitions"/> and the model's validated confusion matrices, with 95 % intervals
    /// that include the error of both the mention's and the follow-up's class; null without a follow-up or when the
    /// model records no validation.
    /// </summary>
    public ShareEstimate? RecoveryShares { get; init; }

    /// <summary>
    /// The mention sentiment per ISO week of the period with mentions, in week order; the weeks' counts add up to
    /// <see cref="MentionSentiment"/>'s.
    /// </summary>
    public IReadOnlyList<WeeklySentiment> WeeklySentiment { get; init; } = [];

    /// <summary>The sentiment model's validation (accuracy in and out of its domain), quoted beside every sentiment figure.</summary>
    public IReadOnlyList<SentimentValidation> SentimentValidation { get; init; } = [];
}
