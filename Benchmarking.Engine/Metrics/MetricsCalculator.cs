using System.Globalization;
using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Metrics;

/// <summary>
/// The brand metrics of a period, from its conversation facts (methodology §3, §3a and v4's business clock): each
/// brand's mention outcomes (<see cref="MentionOutcomes"/>) measured by <see cref="OutcomeMetrics"/>, the one
/// definition the bootstrap, the weekly figures and the activity cells use as well. The tests hold an independent
/// reference implementation that must agree.
/// </summary>
internal static class MetricsCalculator
{
    /// <summary>Every brand with mentions, ordered by brand id.</summary>
    /// <param name="facts">The conversation facts of the period.</param>
    /// <param name="checks">The posts that did not become conversations (for the findings).</param>
    /// <param name="brandPosts">Posts of each brand in the period.</param>
    /// <param name="registry">The registry whose support hours and time zones define the business clock; null computes the wall clock only.</param>
    public static ComputedMetrics Compute(ConversationFacts facts, ConversationChecks checks, IReadOnlyDictionary<string, long> brandPosts, BrandRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var measured = Measure(facts, brandPosts, registry);
        return measured with { Findings = Findings(checks, measured.Brands) };
    }

    /// <summary>
    /// <see cref="Compute"/> without the findings (empty), which need the store's checks: the metrics and outcomes can
    /// go on to the bootstrap while the store still checks; <see cref="Findings"/> gives the findings afterwards.
    /// </summary>
    public static ComputedMetrics Measure(ConversationFacts facts, IReadOnlyDictionary<string, long> brandPosts, BrandRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(brandPosts);
        var brands = new List<BrandMetrics>(facts.Brands.Count);
        var outcomes = new Dictionary<string, OutcomeSample>(StringComparer.Ordinal);
        var business = new Dictionary<string, OutcomeSample>(StringComparer.Ordinal);
        foreach (var conversations in facts.Brands)
        {
            var id = conversations.BrandId;
            var sample = MentionOutcomes.Of(conversations, facts.Scope);
            outcomes[id] = sample;
            var metrics = OutcomeMetrics.From(id, sample, conversations.EarlyReplies, brandPosts.GetValueOrDefault(id));

            // Methodology v4: both clocks. A brand open 24/7 has the same figures on both (see BusinessClock).
            var wall = ClockFigures.Of(metrics);
            var (businessFigures, outOfHours) = (wall, OutOfHoursMentions.None);
            if (registry?.FindById(id) is { IsAlwaysOpen: false } brand)
            {
                var (businessSample, hours) = BusinessClock.Outcomes(conversations, brand, facts.Scope);
                business[id] = businessSample;
                (businessFigures, outOfHours) = (ClockFigures.Of(OutcomeMetrics.From(id, businessSample)), hours);
            }

            brands.Add(metrics with { WallClock = wall, BusinessClock = businessFigures, OutOfHours = outOfHours });
        }

        return new ComputedMetrics(brands, [], outcomes) { BusinessOutcomes = business };
    }

    /// <summary><c>1 brand reply</c>, <c>469 brand replies</c>.</summary>
    private static string Replies(long count) => string.Create(CultureInfo.InvariantCulture, $"{count} brand {(count == 1 ? "reply" : "replies")}");

    /// <summary>The findings of <see cref="Compute"/>: replies timed before their mention per brand, then the store's checks.</summary>
    /// <param name="checks">The posts that did not become conversations.</param>
    /// <param name="brands">The brands as <see cref="Measure"/> gives them (before any change of clock).</param>
    public static List<Finding> Findings(ConversationChecks checks, IReadOnlyList<BrandMetrics> brands)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(brands);
        var findings = new List<Finding>();
        foreach (var brand in brands.Where(b => b.RepliesBeforeMention > 0))
        {
            findings.Add(new Finding(FindingSeverity.Warning, "reply-before-mention", brand.BrandId, brand.RepliesBeforeMention,
                $"{Replies(brand.RepliesBeforeMention)} {(brand.RepliesBeforeMention == 1 ? "is" : "are")} timed before the mention they answer (clock or data error); they are not used as response times."));
        }

        var orphans = checks.OrphanReplies;
        if (orphans > 0)
        {
            findings.Add(new Finding(FindingSeverity.Info, "reply-to-missing-post", null, orphans,
                $"{Replies(orphans)} {(orphans == 1 ? "answers a post that is" : "answer posts that are")} not in the data (the sample cut their thread); {(orphans == 1 ? "it" : "they")} cannot be matched to a mention."));
        }

        var unaddressed = checks.UnaddressedReplies;
        if (unaddressed > 0)
        {
            findings.Add(new Finding(FindingSeverity.Info, "reply-to-unaddressed-post", null, unaddressed,
                $"{Replies(unaddressed)} {(unaddressed == 1 ? "answers a customer post that neither mentions" : "answer customer posts that neither mention")} the brand's handle nor {(unaddressed == 1 ? "replies" : "reply")} to it (e.g. an anonymised @mention); {(unaddressed == 1 ? "that post is" : "those posts are")} not counted as {(unaddressed == 1 ? "a mention" : "mentions")}."));
        }

        var unregistered = checks.UnregisteredBrandPosts;
        if (unregistered > 0)
        {
            findings.Add(new Finding(FindingSeverity.Warning, "unregistered-brand-handle", null, unregistered,
                $"{unregistered} post(s) by {checks.UnregisteredHandles} handle(s) are marked as company posts by the source but are not in the brand registry; they are treated as customers. Add the handles to the registry to benchmark them."));
        }

        var inboundBrand = checks.InboundBrandPosts;
        if (inboundBrand > 0)
        {
            findings.Add(new Finding(FindingSeverity.Warning, "registered-handle-marked-inbound", null, inboundBrand,
                $"{inboundBrand} post(s) by registered brand handles are marked as customer posts by the source; check the registry."));
        }

        return findings;
    }
}
