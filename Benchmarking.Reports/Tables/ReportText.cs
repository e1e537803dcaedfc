using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>Short texts several reports share: a brand's rank, its handles, the methodology line.</summary>
internal static class ReportText
{
    /// <summary>Marks a rank shared by a statistically tied group (see <see cref="TieLegend"/>).</summary>
    public const string TieMark = "=";

    /// <summary>Explains <see cref="TieMark"/> wherever a report shows it.</summary>
    public const string TieLegend =
        "= statistically tied: the order within the group is not supported by the data; order by score, then answered mentions, then id.";

    /// <summary>Explains the Kaplan–Meier shares wherever a report shows them.</summary>
    public const string SurvivalLegend =
        "KM: Kaplan–Meier estimate of the share answered within the time, which counts pending mentions as censored instead of leaving them out.";

    /// <summary>
    /// The brand's rank in its industry, e.g. <c>3 of 12</c> (<c>=3 of 12</c> when statistically tied), or why it is not ranked, e.g.
    /// <c>not ranked: 12 mentions &lt; minimum 50</c>.
    /// </summary>
    public static string Rank(RankedBrand brand, BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(result);
        var board = result.Leaderboards.FirstOrDefault(l => string.Equals(l.Industry, brand.Brand.Industry, StringComparison.Ordinal));
        var minimum = board?.MinimumMentions ?? result.ScoreOptions.MinimumMentions;
        if (brand.Rank is not null)
        {
            return board is null ? RankLabel(brand) : $"{RankLabel(brand)} of {ReportFormat.Count(board.Ranked.Count)}";
        }

        return brand.Metrics.Mentions < minimum
            ? $"not ranked: {ReportFormat.Plural(brand.Metrics.Mentions, "mention")} < minimum {ReportFormat.Count(minimum)}"
            : "not ranked";
    }

    /// <summary>The brand's handles, e.g. <c>@Delta (Twitter), @delta@mastodon.social (Mastodon)</c>.</summary>
    public static string Handles(Brand brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return brand.Handles.Count == 0
            ? ReportFormat.Missing
            : string.Join(", ", brand.Handles.Select(h => $"@{h.Handle} ({h.Platform})"));
    }

    /// <summary>
    /// The methodology line, e.g. <c>v2.0, absolute normalisation; weights responsiveness 0.40, speed 0.40, consistency
    /// 0.20; bootstrap 200 replicates, seed 20171031</c>.
    /// </summary>
    public static string Methodology(ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"v{options.Version}, {Normalisation(options.Normalisation)} normalisation; {Clock(options.Clock)} clock; weights {options.WeightsText}; bootstrap {Bootstrap(options)}";
    }

    /// <summary><c>wall</c> or <c>business</c>, as typed on the command line.</summary>
    public static string Clock(ResponseClock clock) => clock switch
    {
        ResponseClock.Wall => "wall",
        ResponseClock.Business => "business",
        _ => throw new ArgumentOutOfRangeException(nameof(clock), clock, "unknown clock"),
    };

    /// <summary>Which clock the care score uses, for the methodology table.</summary>
    public static string ClockMeaning(ResponseClock clock) => clock switch
    {
        ResponseClock.Wall => "wall: the score uses elapsed response times; business-clock figures (support hours only) are reported beside them",
        ResponseClock.Business => "business: the score uses response times counted in each brand's support hours and time zone (24/7 when none declared); wall-clock figures are reported beside them",
        _ => throw new ArgumentOutOfRangeException(nameof(clock), clock, "unknown clock"),
    };

    /// <summary><c>absolute</c> or <c>relative</c>, as typed on the command line.</summary>
    public static string Normalisation(ScoreNormalisation normalisation) => normalisation switch
    {
        ScoreNormalisation.Absolute => "absolute",
        ScoreNormalisation.Relative => "relative",
        _ => throw new ArgumentOutOfRangeException(nameof(normalisation), normalisation, "unknown normalisation"),
    };

    /// <summary>What the normalisation means, for the methodology table.</summary>
    public static string NormalisationMeaning(ScoreNormalisation normalisation) => normalisation switch
    {
        ScoreNormalisation.Absolute => "absolute: components against fixed expectation curves, comparable across industries and periods",
        ScoreNormalisation.Relative => "relative: components as percentiles among the ranked brands of the same industry and period",
        _ => throw new ArgumentOutOfRangeException(nameof(normalisation), normalisation, "unknown normalisation"),
    };

    /// <summary>E.g. <c>200 replicates, seed 20171031</c>, or <c>off</c> when no replicate is drawn.</summary>
    public static string Bootstrap(ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.BootstrapResamples <= 0
            ? "off"
            : $"{ReportFormat.Count(options.BootstrapResamples)} replicates, seed {options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The legend of the bracketed intervals, e.g. <c>In brackets: 95% bootstrap intervals (200 replicates, seed 1).</c></summary>
    public static string IntervalLegend(ScoreOptions options) =>
        $"In brackets: 95% bootstrap intervals ({Bootstrap(options)}). Rank range: the best and worst rank in the middle 95% of replicates.";

    /// <summary>
    /// The rank alone; a statistically tied group shares the rank of its first brand, <c>=</c>-marked for every member
    /// (<c>=2</c>, <c>=2</c>, <c>=2</c>); <see cref="ReportFormat.Missing"/> when not ranked.
    /// </summary>
    public static string RankLabel(RankedBrand brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return brand.Rank is { } rank
            ? (brand.TieGroup is null ? ReportFormat.Count(rank) : TieMark + ReportFormat.Count(brand.TieRank ?? rank))
            : ReportFormat.Missing;
    }

    /// <summary>The brand's 95% rank interval, e.g. <c>2–4</c>; <see cref="ReportFormat.Missing"/> when not computed.</summary>
    public static string RankRange(RankedBrand brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return ReportFormat.RankRange(brand.Uncertainty?.RankLow, brand.Uncertainty?.RankHigh);
    }

    /// <summary>
    /// The care score with its interval, e.g. <c>78.9 (74.1–83.0)</c>; a zero-width interval (every replicate the same
    /// score, <see cref="ClaimRules.IsInformative"/>) is not printed as one, and the mentions behind the score are
    /// printed instead, as for a response rate (<c>70.0 (no interval: every replicate gives this score, n = 1)</c>), so a
    /// reader sees whether one mention or hundreds of identical outcomes left it without one.
    /// </summary>
    public static string Score(RankedBrand brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return brand.Uncertainty?.Score is { } ci && !ClaimRules.IsInformative(ci)
            ? $"{ReportFormat.Score(brand.Score.Total)} ({NoInterval}, n = {ReportFormat.Count(brand.Metrics.Mentions)})"
            : ReportFormat.WithInterval(brand.Score.Total, brand.Uncertainty?.Score, ReportFormat.Score);
    }

    /// <summary>
    /// Printed instead of a zero-width interval. It says what happened, not why: few mentions and a sample whose
    /// mentions all have the same outcome (none answered, say) both leave every replicate with the same score.
    /// </summary>
    public const string NoInterval = "no interval: every replicate gives this score";

    /// <summary>Printed for a reply-based component with fewer replies than the minimum (methodology §6a).</summary>
    public const string NotEnoughReplies = "not enough replies";

    /// <summary>
    /// A component's score for the brand, or <c>not enough replies (3)</c> when the component rests on fewer replies than
    /// <see cref="ScoreOptions.MinimumReplies"/> (it then counts 0 in the care score).
    /// </summary>
    public static string ComponentCell(RankedBrand brand, string componentId, ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(options);
        return ClaimRules.HasEnoughReplies(componentId, brand.Metrics, options)
            ? ComponentScore(brand.Score, componentId)
            : $"{NotEnoughReplies} ({ReportFormat.Count(ClaimRules.RepliesBehind(componentId, brand.Metrics) ?? 0)})";
    }

    /// <summary>The legend of <see cref="NotEnoughReplies"/>, when any of <paramref name="brands"/> has such a component.</summary>
    public static string? NotEnoughRepliesLegend(IEnumerable<RankedBrand> brands, ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentNullException.ThrowIfNull(options);
        return brands.Any(b => b.Score.Components.Any(c => !ClaimRules.HasEnoughReplies(c.Id, b.Metrics, options)))
            ? $"{NotEnoughReplies} (n): consistency needs at least {ReportFormat.Count(options.MinimumReplies)} answered mentions, originality and same-channel resolution at least {ReportFormat.Count(options.MinimumReplies)} replies; below that the component counts 0 in the care score (methodology §6a)."
            : null;
    }

    /// <summary>
    /// The response rate with its interval, e.g. <c>59.3% (55.0–63.5%)</c>; with the decided mentions behind it instead,
    /// e.g. <c>100.0% (n = 1)</c>, when the interval carries no information (see <see cref="WithIntervalOrCount"/>).
    /// </summary>
    public static string ResponseRate(RankedBrand brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return WithIntervalOrCount(brand.Metrics.ResponseRate, brand.Uncertainty?.ResponseRate, brand.Metrics.Decided,
            ReportFormat.Percent, ci => ReportFormat.WithInterval(brand.Metrics.ResponseRate, ci, ReportFormat.Percent));
    }

    /// <summary>
    /// The median first response with its interval, e.g. <c>14 min (11–18 min)</c>; with the answered mentions behind it
    /// instead, e.g. <c>57 min (n = 1)</c>, when the interval carries no information (see <see cref="WithIntervalOrCount"/>).
    /// </summary>
    public static string Median(RankedBrand brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        var median = brand.Metrics.FirstResponse.MedianSeconds;
        return WithIntervalOrCount(median, brand.Uncertainty?.MedianSeconds, brand.Metrics.Answered,
            ReportFormat.Duration, ci => ReportFormat.DurationWithInterval(median, ci));
    }

    /// <summary>
    /// A figure with its interval, or with the count behind it (<c>57 min (n = 1)</c>) when the interval is degenerate
    /// (<see cref="ClaimRules.IsInformative"/>: every replicate agrees, so the noise is not measured) or both of its ends
    /// print the same (<c>57–57 min</c> says nothing a reader can use).
    /// </summary>
    private static string WithIntervalOrCount(double? value, ConfidenceInterval? interval, long count, Func<double?, string> format, Func<ConfidenceInterval?, string> withInterval)
    {
        if (value is null || interval is not { } ci)
        {
            return withInterval(interval);
        }

        return ClaimRules.IsInformative(ci) && !string.Equals(format(ci.Lower), format(ci.Upper), StringComparison.Ordinal)
            ? withInterval(ci)
            : $"{format(value)} (n = {ReportFormat.Count(count)})";
    }

    /// <summary>
    /// A naive share with the Kaplan–Meier one next to it where they print differently, e.g. <c>48.0% (KM 51.2%)</c>;
    /// just the naive share otherwise.
    /// </summary>
    public static string Share(double? naive, double? survival)
    {
        var text = ReportFormat.Percent(naive);
        var km = ReportFormat.Percent(survival);
        return survival is null || string.Equals(text, km, StringComparison.Ordinal) ? text : $"{text} (KM {km})";
    }

    /// <summary>The SLA thresholds every report shows shares for, with the naive and Kaplan–Meier share of each.</summary>
    public static IReadOnlyList<(string Label, Func<BrandMetrics, double?> Naive, Func<BrandMetrics, double?> Survival)> Shares { get; } =
    [
        ("within 15 min", m => m.Within15Min, m => m.Survival?.Within15Min),
        ("within 1 h", m => m.Within1Hour, m => m.Survival?.Within1Hour),
        ("within 24 h", m => m.Within24Hours, m => m.Survival?.Within24Hours),
    ];

    /// <summary>True when any of the brands has a Kaplan–Meier share that prints differently from its naive one.</summary>
    public static bool AnySurvivalDiffers(IEnumerable<RankedBrand> brands)
    {
        ArgumentNullException.ThrowIfNull(brands);
        return brands.Any(b => Shares.Any(s => s.Survival(b.Metrics) is not null
            && !string.Equals(ReportFormat.Percent(s.Naive(b.Metrics)), ReportFormat.Percent(s.Survival(b.Metrics)), StringComparison.Ordinal)));
    }

    /// <summary>The display name of a brand id among <paramref name="brands"/>; the id itself when not found.</summary>
    public static string BrandName(string brandId, IEnumerable<RankedBrand> brands)
    {
        ArgumentNullException.ThrowIfNull(brands);
        return brands.FirstOrDefault(b => string.Equals(b.Brand.Id, brandId, StringComparison.Ordinal))?.Brand.Name ?? brandId;
    }

    /// <summary>The display name of a finding's brand: its name when known, else its id, or <c>all brands</c>.</summary>
    public static string FindingBrand(string? brandId, BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (brandId is null)
        {
            return "all brands";
        }

        var brand = result.AllBrands.FirstOrDefault(b => string.Equals(b.Brand.Id, brandId, StringComparison.Ordinal));
        return brand?.Brand.Name ?? brandId;
    }

    /// <summary>A component's column or row label, e.g. <c>Speed (weight 0.40)</c>.</summary>
    public static string ComponentLabel(ComponentScore component)
    {
        ArgumentNullException.ThrowIfNull(component);
        return $"{component.Name} (weight {ReportFormat.Number(component.Weight)})";
    }

    /// <summary>The components of the given scores, by id in order of first appearance.</summary>
    public static IReadOnlyList<ComponentScore> Components(IEnumerable<CareScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return scores.SelectMany(s => s.Components).Where(c => seen.Add(c.Id)).ToList();
    }

    /// <summary>The score of the component with <paramref name="id"/>, or <see cref="ReportFormat.Missing"/>.</summary>
    public static string ComponentScore(CareScore score, string id)
    {
        ArgumentNullException.ThrowIfNull(score);
        var component = score.Components.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
        return ReportFormat.Score(component?.Score);
    }
}
