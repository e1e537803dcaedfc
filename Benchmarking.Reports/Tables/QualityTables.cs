using System.Globalization;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Text;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>One block of a brand's text-quality section: a heading, plain-text paragraphs and an optional table.</summary>
/// <remarks>Public only because the Razor page takes it as a parameter; only this assembly creates one.</remarks>
/// <param name="Heading">Block heading (plain text).</param>
/// <param name="Paragraphs">Plain-text paragraphs before the table.</param>
/// <param name="Table">The block's table; null for text only.</param>
public sealed record QualityBlock(string Heading, IReadOnlyList<string> Paragraphs, TextTable? Table);

/// <summary>One brand's section of the text-quality report: every cell is already formatted plain text.</summary>
/// <remarks>Public only because the Razor page takes it as a parameter; only this assembly creates one.</remarks>
/// <param name="Heading">The brand's display name and registry id.</param>
/// <param name="Summary">Headline figures, one paragraph each.</param>
/// <param name="Blocks">The figures with the example post ids behind them, then the example posts.</param>
public sealed record QualitySection(string Heading, IReadOnlyList<string> Summary, IReadOnlyList<QualityBlock> Blocks);

/// <summary>
/// The text-quality report's content (<c>docs/text-quality.md</c>), built once and rendered the same way to HTML and
/// Markdown. Figures come from <see cref="BrandQuality"/> only; example posts are the engine's
/// <see cref="QualityExample"/>s, whose customer handles are already pseudonymised.
/// </summary>
internal static class QualityTables
{
    /// <summary>Title of the report.</summary>
    public const string Title = "CareBench text quality";

    /// <summary>Characters of an example post's text shown before it is cut with an ellipsis.</summary>
    public const int ExampleTextLength = 280;

    /// <summary>The line under the title: the run's time and window when known, and the privacy note.</summary>
    /// <param name="result">The run, or null.</param>
    /// <param name="customersShown">True when the examples carry customers' real handles (--show-customers).</param>
    public static string Meta(BenchmarkResult? result, bool customersShown = false)
    {
        var note = customersShown
            ? "Figures from the post text (docs/text-quality.md). Customer handles are shown as posted (--show-customers); post ids are the platform's."
            : "Figures from the post text (docs/text-quality.md). Customer handles are pseudonymised; post ids are the platform's.";
        return result is null
            ? note
            : $"Generated {ReportFormat.Time(result.GeneratedAt)}; mentions {ReportFormat.Time(result.Window.FirstMention)} to {ReportFormat.Time(result.Window.LastMention)}. {note}";
    }

    /// <summary>One section per brand, in the order given.</summary>
    public static IReadOnlyList<QualitySection> Sections(IReadOnlyList<BrandQuality> quality, BenchmarkResult? result, BrandRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(quality);
        return [.. quality.Select(q => Section(q, result, registry))];
    }

    /// <summary>
    /// The display name of a brand: its name in <paramref name="registry"/> when given and known there, else the run's
    /// registry name when the run knows the brand, else its id.
    /// </summary>
    public static string Name(string brandId, BenchmarkResult? result, BrandRegistry? registry = null) =>
        registry?.FindById(brandId)?.Name
        ?? result?.AllBrands.FirstOrDefault(b => string.Equals(b.Brand.Id, brandId, StringComparison.Ordinal))?.Brand.Name
        ?? brandId;

    /// <summary>Heading of the quality section of the comparison and scorecard reports.</summary>
    public const string OverviewTitle = "Care quality from the text";

    /// <summary>What the quality section says when the period's text has no stored features.</summary>
    public const string NotAnalysed = "No text features: run carebench quality or run/rank with the shipped model.";

    /// <summary>Example posts shown per brand in the quality section: those behind its recurring issues, earliest first.</summary>
    public const int OverviewExamples = 4;

    private const string OverviewIntro =
        "Measured from the post text with the shipped model and rules (docs/text-quality.md); the full figures with every example are in carebench quality.";

    /// <summary>The quality section of a comparison: the compared brands side by side, then each brand's templates and recurring issues.</summary>
    public static QualityOverview Overview(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Quality is not { } quality)
        {
            return new QualityOverview([NotAnalysed], null, []);
        }

        var byId = quality.ToDictionary(q => q.BrandId, StringComparer.Ordinal);
        var columns = comparison.Brands
            .Select(b => (b.Brand.Name, byId.GetValueOrDefault(b.Brand.Id)))
            .ToList();
        var details = comparison.Brands
            .Where(b => byId.ContainsKey(b.Brand.Id))
            .Select(b => Details(b.Brand.Name, byId[b.Brand.Id]))
            .ToList();
        return new QualityOverview(
            [OverviewIntro, "Customer handles in example posts are pseudonymised; post ids are the platform's."],
            Figures(columns),
            details);
    }

    /// <summary>The quality section of a scorecard: this week next to last week, then this week's templates and recurring issues.</summary>
    public static QualityOverview Overview(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.Quality is not { } quality)
        {
            return new QualityOverview([NotAnalysed], null, []);
        }

        var privacy = card.CustomersShown
            ? "Customer handles in example posts are shown as posted (--show-customers); post ids are the platform's."
            : "Customer handles in example posts are pseudonymised; post ids are the platform's.";
        List<string> paragraphs = [OverviewIntro, privacy];
        if (quality.ThisWeek is null)
        {
            paragraphs.Add("The brand has no mention or reply this week.");
        }

        return new QualityOverview(
            paragraphs,
            Figures([("This week", quality.ThisWeek), ("Last week", quality.LastWeek)]),
            quality.ThisWeek is { } q ? [Details("This week", q)] : []);
    }

    /// <summary>
    /// Headline quality figures, one column per labelled brand or period; a missing one shows dashes. One short figure
    /// per row (sentiments, recovery outcomes and deflection kinds each on their own row) so the table stays narrow.
    /// </summary>
    private static TextTable Figures(IReadOnlyList<(string Label, BrandQuality? Quality)> columns)
    {
        var present = columns.Select(c => c.Quality).OfType<BrandQuality>().ToList();
        List<(string Figure, Func<BrandQuality, string> Value)> rows =
        [
            ("Mentions", q => ReportFormat.Count(q.Mentions)),
            .. KindNames(present, q => q.MentionSentiment).Select(kind =>
                ($"Mentions, {kind}", (Func<BrandQuality, string>)(q => ReportFormat.Percent(Share(Count(q.MentionSentiment, kind), q.Mentions))))),
            .. SentimentKinds.Where(_ => present.Any(q => q.SentimentShares is not null)).Select((kind, c) =>
                ($"Mentions, {kind}: estimated share [95% interval]", (Func<BrandQuality, string>)(q => Estimated(q.SentimentShares, c)))),
            ("Sentiment model accuracy (validated)", q => ModelAccuracy(q.SentimentValidation, detailed: false)),
            ("Complaints: estimated share [95% interval]", q => Estimated(q.ComplaintShare, 1)),
            ("Actionable mentions (questions, complaints)", q => ReportFormat.Count(q.ActionableMentions)),
            ("Response rate, actionable mentions", q => ReportFormat.Percent(q.ActionableResponseRate)),
            ("Response rate, all mentions", q => ReportFormat.Percent(q.ResponseRate)),
            ("Conversations with a follow-up", q => ReportFormat.Count(q.Recovery.WithFollowUp)),
            ("Sentiment recovery: improved", q => ReportFormat.Percent(q.Recovery.ImprovedShare)),
            ("Sentiment recovery: same", q => ReportFormat.Percent(Share(q.Recovery.Same, q.Recovery.WithFollowUp))),
            ("Sentiment recovery: worse", q => ReportFormat.Percent(q.Recovery.WorsenedShare)),
            .. RecoveryOutcomes.Where(_ => present.Any(q => q.RecoveryShares is not null)).Select((outcome, o) =>
                ($"Sentiment recovery, {outcome}: estimated share [95% interval]", (Func<BrandQuality, string>)(q => Estimated(q.RecoveryShares, o)))),
            ("Replies", q => ReportFormat.Count(q.Replies)),
            ("Canned (templated) replies, share — lower is better", q => ReportFormat.Percent(q.TemplatedShare)),
            ("Deflection rate", q => ReportFormat.Percent(q.DeflectionRate)),
            .. KindNames(present, q => q.DeflectionKinds).Select(kind =>
                ($"Deflected to {kind} (replies)", (Func<BrandQuality, string>)(q => ReportFormat.Count(Count(q.DeflectionKinds, kind))))),
            ("Hedging and empty apologies", q => ReportFormat.Percent(q.HedgingShare)),
        ];
        return Table(
            ["Figure", .. columns.Select(c => c.Label)],
            [false, .. columns.Select(_ => true)],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Figure, .. columns.Select(c => c.Quality is null ? ReportFormat.Missing : r.Value(c.Quality))])]);
    }

    // Kind names over every column, in the engine's order of the first column that has them.
    private static List<string> KindNames(IEnumerable<BrandQuality> quality, Func<BrandQuality, IReadOnlyList<KindCount>> kinds) =>
        [.. quality.SelectMany(q => kinds(q).Select(k => k.Kind)).Distinct(StringComparer.Ordinal)];

    private static long Count(IReadOnlyList<KindCount> kinds, string kind) =>
        kinds.FirstOrDefault(k => string.Equals(k.Kind, kind, StringComparison.Ordinal))?.Count ?? 0;

    private static QualitySection Details(string heading, BrandQuality q)
    {
        var exampleIds = q.Themes.SelectMany(t => t.ExamplePostIds)
            .Concat(q.DiscoveredThemes.SelectMany(t => t.ExamplePostIds))
            .Distinct(StringComparer.Ordinal)
            .Where(q.Examples.ContainsKey)
            .Take(OverviewExamples);
        return new QualitySection(heading, [], [Templates(q), Themes(q), Discovered(q), ExamplePosts(exampleIds.Select(id => q.Examples[id]))]);
    }

    private static QualitySection Section(BrandQuality q, BenchmarkResult? result, BrandRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(q);
        var name = Name(q.BrandId, result, registry);
        var heading = string.Equals(name, q.BrandId, StringComparison.Ordinal) ? q.BrandId : $"{name} ({q.BrandId})";
        var r = q.Recovery;
        string[] summary =
        [
            $"Mentions {ReportFormat.Count(q.Mentions)}, of which {ReportFormat.Count(q.ActionableMentions)} actionable (questions and complaints); replies {ReportFormat.Count(q.Replies)}.",
            $"Response rate {ReportFormat.Percent(q.ActionableResponseRate)} over actionable mentions, {ReportFormat.Percent(q.ResponseRate)} over all mentions.",
            $"Sentiment recovery: {ReportFormat.Percent(r.ImprovedShare)} improved, {ReportFormat.Percent(Share(r.Same, r.WithFollowUp))} same, {ReportFormat.Percent(r.WorsenedShare)} worse over {ReportFormat.Plural(r.WithFollowUp, "conversation")} with a follow-up{RecoverySummary(q.RecoveryShares)}.",
            $"Templated replies {ReportFormat.Percent(q.TemplatedShare)}; deflection rate {ReportFormat.Percent(q.DeflectionRate)}; hedging {ReportFormat.Percent(q.HedgingShare)}.",
        ];

        QualityBlock[] blocks =
        [
            new("Mention sentiment", SentimentNotes(q), Kinds("Sentiment", "Mentions", q.MentionSentiment, q.Mentions)),
            new("Mention intent", ComplaintNotes(q), Kinds("Intent", "Mentions", q.MentionIntent, q.Mentions)),
            new("Response rate", [], Table(
                ["Mentions", "Count", "Response rate"],
                [false, true, true],
                [
                    ["Actionable (questions and complaints)", ReportFormat.Count(q.ActionableMentions), ReportFormat.Percent(q.ActionableResponseRate)],
                    ["All", ReportFormat.Count(q.Mentions), ReportFormat.Percent(q.ResponseRate)],
                ])),
            new(
                "Sentiment recovery",
                [("The customer's next post replying to the brand's reply, compared with the mention; shares of conversations with a follow-up. " + RecoveryNote(q) + Examples("Example follow-ups (worsened first): ", r.ExamplePostIds)).TrimEnd()],
                Table(
                    ["Outcome", "Conversations", "Share", "Estimated share [95% interval]"],
                    [false, true, true, true],
                    [
                        ["Improved", ReportFormat.Count(r.Improved), ReportFormat.Percent(r.ImprovedShare), Estimated(q.RecoveryShares, 0)],
                        ["Same", ReportFormat.Count(r.Same), ReportFormat.Percent(Share(r.Same, r.WithFollowUp)), Estimated(q.RecoveryShares, 1)],
                        ["Worse", ReportFormat.Count(r.Worsened), ReportFormat.Percent(r.WorsenedShare), Estimated(q.RecoveryShares, 2)],
                        ["No follow-up", ReportFormat.Count(r.NoFollowUp), ReportFormat.Missing, ReportFormat.Missing],
                    ])),
            Templates(q),
            Deflection(q),
            new(
                "Hedging and empty apologies",
                [$"Formulaic replies: {ReportFormat.Count(q.HedgedReplies)} of {ReportFormat.Count(q.Replies)} ({ReportFormat.Percent(q.HedgingShare)})."],
                Kinds("Kind", "Replies", q.HedgingKinds, q.Replies)),
            Themes(q),
            Discovered(q),
            ExamplePosts(q.Examples.Values),
        ];
        return new QualitySection(heading, summary, blocks);
    }

    private static readonly string[] SentimentKinds = ["negative", "neutral", "positive"];

    /// <summary>The outcomes of <see cref="ShareEstimator.EstimateRecovery"/>, in its order.</summary>
    private static readonly string[] RecoveryOutcomes = ["improved", "same", "worse"];

    private static string RecoverySummary(ShareEstimate? shares) =>
        shares is null
            ? string.Empty
            : $"; estimated (95% intervals): {string.Join(", ", RecoveryOutcomes.Select((outcome, o) => $"{outcome} {Estimated(shares, o)}"))}";

    /// <summary>The rule behind the recovery estimates; without them, why (nothing when there is no follow-up).</summary>
    private static string RecoveryNote(BrandQuality q) =>
        q.RecoveryShares is null
            ? q.Recovery.WithFollowUp == 0 ? string.Empty : "Not corrected for the model's errors: the model records no validation. "
            : $"Both classes of a conversation come from the model (validated accuracy {ModelAccuracy(q.SentimentValidation, detailed: false)}); the estimated shares correct both for its validated errors ({ShareEstimator.Version} on pairs, docs/text-quality.md), and their 95% intervals include that error. Compare brands only where these intervals do not overlap. ";

    /// <summary>
    /// An estimated share with its interval; below <see cref="ClaimRules.MinimumTrendMentions"/> posts behind it, "not
    /// enough data" with the count, as for the weekly mix: on a handful of posts the correction is all model error.
    /// </summary>
    private static string Estimated(ShareEstimate? shares, int c) =>
        shares is null ? ReportFormat.Missing
        : shares.Count < ClaimRules.MinimumTrendMentions ? $"{Charts.SentimentMix.NotEnoughData} (n = {ReportFormat.Count(shares.Count)})"
        : $"{ReportFormat.Percent(shares.Estimated[c])} [{ReportFormat.Percent(shares.Intervals[c].Lower)}, {ReportFormat.Percent(shares.Intervals[c].Upper)}]";

    /// <summary>"76.6% in domain (airline-held-out, 2,961 posts), 64.0% out of domain (…)" (sets named when detailed), or the dash.</summary>
    private static string ModelAccuracy(IReadOnlyList<SentimentValidation> validation, bool detailed = true) =>
        validation.Count == 0
            ? ReportFormat.Missing
            : string.Join(", ", validation.Select(v => $"{ReportFormat.Percent(v.Accuracy)} {(v.InDomain ? "in" : "out of")} domain{(detailed ? $" ({v.Set}, {ReportFormat.Count(v.Count)} posts)" : string.Empty)}"));

    /// <summary>How good the model is and the estimated shares, beside the counted ones; brands compare only on the estimates' intervals.</summary>
    private static List<string> SentimentNotes(BrandQuality q)
    {
        if (q.SentimentShares is not { } shares)
        {
            return [];
        }

        var estimated = string.Join("; ", SentimentKinds.Select((kind, c) => $"{kind} {Estimated(shares, c)}"));
        return
        [
            $"Model classes are counted below. Validated accuracy of the model: {ModelAccuracy(q.SentimentValidation)}. Corrected for its validated errors ({ShareEstimator.Version}, docs/text-quality.md), the estimated shares with 95% intervals are: {estimated}. Compare brands only where these intervals do not overlap.",
        ];
    }

    private static List<string> ComplaintNotes(BrandQuality q) =>
        q.ComplaintShare is null
            ? []
            : [$"A mention can be a question and a complaint. Complaint detection was validated on human-labelled customer-care tweets of nine industries (precision {ReportFormat.Percent(ComplaintValidation.Precision)}, recall {ReportFormat.Percent(ComplaintValidation.Recall)}; docs/text-quality.md); corrected for its errors ({ShareEstimator.Version}), the estimated complaint share is {Estimated(q.ComplaintShare, 1)}. Compare brands only where these intervals do not overlap."];

    private static QualityBlock Templates(BrandQuality q) =>
        new(
            "Canned replies",
            [$"Templated replies: {ReportFormat.Count(q.TemplatedReplies)} of {ReportFormat.Count(q.Replies)} ({ReportFormat.Percent(q.TemplatedShare)}). Template text is normalised: no handles, URLs, numbers (#) or sign-off."],
            Table(
                ["Template", "Replies", "Variants", "Example posts"],
                [false, true, true, false],
                [.. q.TopTemplates.Select(t => (IReadOnlyList<string>)[Displayed(t.Text), ReportFormat.Count(t.Count), ReportFormat.Count(t.Variants), Ids(t.ExamplePostIds)])]));

    private static QualityBlock Deflection(BrandQuality q) =>
        new(
            "Channel deflection",
            [$"Deflecting replies: {ReportFormat.Count(q.DeflectedReplies)} of {ReportFormat.Count(q.Replies)} ({ReportFormat.Percent(q.DeflectionRate)}); a reply can have several kinds."],
            Kinds("Kind", "Replies", q.DeflectionKinds, q.Replies));

    private static QualityBlock Themes(BrandQuality q) =>
        new(
            "Recurring issues",
            [],
            Table(
                ["Theme", "Mentions", "First half", "Second half", "Trend", "Example posts"],
                [false, true, true, true, false, false],
                [.. q.Themes.Select(t => (IReadOnlyList<string>)[t.Theme, ReportFormat.Count(t.Count), ReportFormat.Count(t.FirstHalf), ReportFormat.Count(t.SecondHalf), t.Trend, Ids(t.ExamplePostIds)])]));

    private static QualityBlock Discovered(BrandQuality q) =>
        new(
            "Recurring issues discovered in the text",
            [$"Word pairs and triples that this brand's customers use more than other brands' customers (log-odds z-score ≥ {ThemeDiscovery.MinDistinctiveness.ToString("0.00", CultureInfo.InvariantCulture)}, in ≥ {ThemeDiscovery.MinMentions} mentions); weekly mentions over up to the last {TrendWeeks} weeks of the period, oldest first."],
            Table(
                ["Phrase", "Mentions", "Distinctiveness (z)", "Weekly", "Example posts"],
                [false, true, true, false, false],
                [.. q.DiscoveredThemes.Select(t => (IReadOnlyList<string>)[t.Phrase, ReportFormat.Count(t.Count), t.Distinctiveness.ToString("0.0", CultureInfo.InvariantCulture), Weekly(t.Weekly), Ids(t.ExamplePostIds)])]));

    private static QualityBlock ExamplePosts(IEnumerable<QualityExample> examples) =>
        new(
            "Example posts",
            [],
            Table(
                ["Post id", "Author", "Time", "Text"],
                [false, false, false, false],
                [.. examples
                    .OrderBy(e => e.CreatedAt)
                    .ThenBy(e => e.PostId, StringComparer.Ordinal)
                    .Select(e => (IReadOnlyList<string>)[e.PostId, e.Author, ReportFormat.Time(e.CreatedAt), Shorten(e.Text)])]));

    private static TextTable Kinds(string kindHeader, string countHeader, IReadOnlyList<KindCount> kinds, long total) =>
        Table(
            [kindHeader, countHeader, "Share", "Example posts"],
            [false, true, true, false],
            [.. kinds.Select(k => (IReadOnlyList<string>)[k.Kind, ReportFormat.Count(k.Count), ReportFormat.Percent(Share(k.Count, total)), Ids(k.ExamplePostIds)])]);

    private static TextTable Table(IReadOnlyList<string> header, IReadOnlyList<bool> rightAligned, IReadOnlyList<IReadOnlyList<string>> rows) =>
        new(header, rows, rightAligned);

    private static double? Share(long count, long total) => total == 0 ? null : count / (double)total;

    /// <summary>Weeks of a discovered theme's trend shown in the report.</summary>
    public const int TrendWeeks = 8;

    private static string Weekly(IReadOnlyList<WeekCount> weeks) =>
        weeks.Count == 0 ? ReportFormat.Missing : string.Join(" ", weeks.Skip(Math.Max(0, weeks.Count - TrendWeeks)).Select(w => ReportFormat.Count(w.Count)));

    private static string Ids(IReadOnlyList<string> ids) => ids.Count == 0 ? ReportFormat.Missing : string.Join(", ", ids);

    private static string Examples(string label, IReadOnlyList<string> ids) => ids.Count == 0 ? string.Empty : label + string.Join(", ", ids) + ".";

    /// <summary>
    /// Post text as a reader should see it. X (and so TWCS) delivers text with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>
    /// entity-encoded; they are decoded once here, and the HTML renderer and the Markdown escaper encode the result
    /// again, so "&amp;amp;" is not shown literally and nothing becomes markup.
    /// </summary>
    private static string Displayed(string text) => System.Net.WebUtility.HtmlDecode(text);

    private static string Shorten(string text)
    {
        var oneLine = string.Join(' ', Displayed(text).Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= ExampleTextLength ? oneLine : oneLine[..(ExampleTextLength - 1)] + "…";
    }
}
