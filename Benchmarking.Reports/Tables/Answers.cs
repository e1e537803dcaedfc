using System.Globalization;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>
/// The answer blocks of every report (comparison, leaderboard, run summary, scorecard, weekly summary). Every claim
/// passes <see cref="ClaimRules"/>: "leads", "supported", "answers more", "faster" and "more consistent" are said only on
/// enough data; otherwise the block says so.
/// </summary>
internal static class Answers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// Explains why the two speed tests can disagree; added when they point different ways or only one is significant.
    /// </summary>
    public const string SpeedTestsDiffer =
        "The two speed tests measure different things: Mann–Whitney compares only the answered mentions (how fast an answer comes when one comes); the log-rank test also counts unanswered and pending mentions (how soon a customer gets an answer at all), so a brand that answers few mentions quickly can win the first and lose the second.";

    /// <summary>The comparison's answer: the two highest-scoring brands against each other, with their tests.</summary>
    public static AnswerBlock Comparison(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var options = comparison.Result.ScoreOptions;
        var ordered = comparison.Brands.OrderByDescending(b => b.Score.Total).ThenByDescending(b => b.Metrics.Answered).ToList();
        if (ordered.Count < 2)
        {
            return new AnswerBlock($"{ordered[0].Brand.Name}: care score {ReportText.Score(ordered[0])}.", []);
        }

        var (leader, second) = (ordered[0], ordered[1]);
        var points = new List<string>();
        var lead = Lead(leader, second, options, comparison.Brands.Count > 2 ? "has the highest care score" : "leads on care score");
        var explanation = comparison.Explanations?.FirstOrDefault(e => Is(e.A, leader) && Is(e.B, second) || Is(e.A, second) && Is(e.B, leader));
        if (explanation is not null)
        {
            points.Add(Drivers(explanation));
        }

        var pair = comparison.Pairs?.FirstOrDefault(p => p.BrandA == leader.Brand.Id && p.BrandB == second.Brand.Id || p.BrandA == second.Brand.Id && p.BrandB == leader.Brand.Id);
        var (a, b) = pair is null || pair.BrandA == leader.Brand.Id ? (leader, second) : (second, leader);
        var enough = Eligible(a, options) && Eligible(b, options);
        if (!enough)
        {
            points.Add($"Not enough data for the tests to say who answers more, faster or more consistently: {string.Join("; ", new[] { a, b }.Where(x => !Eligible(x, options)).Select(x => $"{x.Brand.Name} has {ReportFormat.Plural(x.Metrics.Mentions, "mention")} (minimum {ReportFormat.Count(options.MinimumMentions)})"))}.");
        }
        else if (pair is not null)
        {
            points.Add(Rates(a, b, pair.ResponseRates));
            points.AddRange(Speed(a, b, pair));
        }

        if (enough)
        {
            points.Add(Consistency(a, b, options));
        }

        return new AnswerBlock(lead, points);
    }

    /// <summary>A leaderboard's answer: the leader (or the tied group at the top) against the next brand.</summary>
    public static AnswerBlock Leaderboard(Leaderboard board, ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(options);
        var notRanked = board.NotEnoughData.Count == 0
            ? []
            : new[] { $"{ReportFormat.Plural(board.NotEnoughData.Count, "brand")} with fewer than {ReportFormat.Count(board.MinimumMentions)} mentions {(board.NotEnoughData.Count == 1 ? "is" : "are")} not ranked and listed apart, whatever {(board.NotEnoughData.Count == 1 ? "its" : "their")} score." };
        switch (board.Ranked.Count)
        {
            case 0:
                return new AnswerBlock($"No brand in {board.Industry} has the {ReportFormat.Count(board.MinimumMentions)} mentions needed to be ranked: there is no leader.", notRanked);
            case 1:
                var only = board.Ranked[0];
                return new AnswerBlock($"{only.Brand.Name} is the only ranked brand in {board.Industry} (care score {ReportText.Score(only)}): there is no one to lead.", [Figures(only), .. notRanked]);
        }

        var (first, next) = (board.Ranked[0], board.Ranked[1]);
        string lead;
        if (first.TieGroup is { } group)
        {
            var tied = board.Ranked.Where(b => b.TieGroup == group).Select(b => b.Brand.Name).ToList();
            lead = $"No single leader in {board.Industry}: {Join(tied)} are statistically tied at the top (care scores {string.Join(", ", board.Ranked.Where(b => b.TieGroup == group).Select(b => ReportFormat.Score(b.Score.Total)))}).";
        }
        else
        {
            lead = Lead(first, next, options, $"leads {board.Industry}");
        }

        return new AnswerBlock(lead, [Figures(first), Figures(next), .. notRanked]);
    }

    /// <summary>The run summary's answer: one lead per industry with a ranking.</summary>
    public static AnswerBlock Summary(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ranked = result.Leaderboards.Where(b => b.Ranked.Count >= 2).ToList();
        var points = ranked.Select(b => Leaderboard(b, result.ScoreOptions).Lead).ToList();
        var rest = result.Leaderboards.Where(b => b.Ranked.Count < 2).Select(b => b.Industry).ToList();
        if (rest.Count > 0)
        {
            points.Add($"Fewer than two ranked brands, so no leader: {string.Join(", ", rest)}.");
        }

        var lead = ranked.Count == 0
            ? "No industry has two brands with enough mentions to rank: no leader can be named."
            : $"{ReportFormat.Plural(ranked.Count, "industry", "industries")} with a ranking of at least two brands; each leader below with whether the lead is supported.";
        return new AnswerBlock(lead, points);
    }

    /// <summary>A scorecard's answer: where the brand stands this week and whether its change is supported.</summary>
    public static AnswerBlock Scorecard(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var now = card.ThisWeek.Brand;
        if (now is null)
        {
            return new AnswerBlock($"{card.Brand.Name} had no mentions in {card.Week}: nothing to score.", card.Movement.Summary);
        }

        var rank = ReportText.Rank(now, card.ThisWeek.Result);
        var lead = $"{card.Brand.Name} in {card.Week}: care score {ReportText.Score(now)}, {rank}; response rate {ReportText.ResponseRate(now)}, median first response {ReportText.Median(now)}.";
        return new AnswerBlock(lead, card.Movement.Summary);
    }

    /// <summary>The weekly summary's answer: each industry's leader among ranked brands, or that nobody qualifies.</summary>
    public static AnswerBlock Weekly(WeekComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var snapshot = comparison.Snapshot;
        var points = new List<string>();
        foreach (var industry in snapshot.Brands.Select(b => b.Industry).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            points.Add(WeeklyLeader(snapshot, industry));
        }

        var lead = snapshot.Brands.Any(b => b.Eligible)
            ? $"Leaders of {snapshot.Week}, among brands with at least {ReportFormat.Count(snapshot.MinimumMentions)} mentions (others are not ranked, whatever their score):"
            : $"Nobody qualifies in {snapshot.Week}: no brand has the {ReportFormat.Count(snapshot.MinimumMentions)} mentions needed to be ranked, so no leader is named.";
        return new AnswerBlock(lead, points);
    }

    /// <summary>
    /// One industry's weekly leader, only from ranked brands and only when at least two are ranked:
    /// <c>airlines: Delta (score 78.4)</c>, the whole tied group when the top is tied, <c>retail: no leader, only Tesco
    /// is ranked (…)</c>, or <c>retail: nobody qualifies (…)</c>.
    /// </summary>
    public static string WeeklyLeader(WeeklySnapshot snapshot, string industry)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var brands = snapshot.Brands.Where(b => string.Equals(b.Industry, industry, StringComparison.Ordinal)).ToList();
        var top = brands.Where(b => b.Rank == 1).ToList();
        if (top.Count == 0)
        {
            return $"{industry}: nobody qualifies ({ReportFormat.Plural(brands.Count, "brand")} with mentions, none with {ReportFormat.Count(snapshot.MinimumMentions)})";
        }

        var first = top[0];
        var ranked = brands.Count(b => b.Rank is not null);
        if (ranked == 1)
        {
            // As in the run summary: one ranked brand leads nobody, whatever its score.
            var others = brands.Count - 1;
            return $"{industry}: no leader, only {first.Name} is ranked (score {ReportFormat.Score(first.Score)}); "
                + (others == 0 ? "no other brand has mentions" : $"{ReportFormat.Plural(others, "other brand")} with mentions, none with {ReportFormat.Count(snapshot.MinimumMentions)}");
        }

        var tied = first.TieGroup is { } g ? brands.Where(b => b.TieGroup == g && b.Rank is not null).ToList() : [first];
        return tied.Count > 1
            ? $"{industry}: tied at the top, {Join(tied.Select(t => $"{t.Name} ({ReportFormat.Score(t.Score)})").ToList())}"
            : $"{industry}: {first.Name} (score {ReportFormat.Score(first.Score)})";
    }

    private static string Lead(RankedBrand leader, RankedBrand second, ScoreOptions options, string verb)
    {
        var verdict = ClaimRules.Difference(leader, second, options);
        if (verdict.Strength == ClaimStrength.NotMeasured && leader.TieGroup is { } group && second.TieGroup == group
            && string.Equals(leader.Brand.Industry, second.Brand.Industry, StringComparison.Ordinal))
        {
            // The replicates are not at hand, but the leaderboard judged the two tied.
            verdict = verdict with { Strength = ClaimStrength.Tied };
        }

        var gap = Printed.PointsGap(leader.Score.Total, second.Score.Total);
        var scores = $"{ReportFormat.Score(leader.Score.Total)} vs {ReportFormat.Score(second.Score.Total)} for {second.Brand.Name}";
        var by = $"{ReportFormat.SignedPoints(gap)} points{(verdict.DifferenceInterval is { } ci ? $", 95% interval {ReportFormat.SignedPoints(ci.Lower)} to {ReportFormat.SignedPoints(ci.Upper)}" : string.Empty)}";
        return verdict.Strength switch
        {
            ClaimStrength.Supported => $"{leader.Brand.Name} {verb}: {scores} ({by}); statistically supported, ahead in {Printed.PercentInProse(Math.Max(verdict.ShareAhead!.Value, 1 - verdict.ShareAhead.Value))} of bootstrap replicates.",
            ClaimStrength.Tied when verdict.ShareAhead is { } share => $"{leader.Brand.Name} and {second.Brand.Name} are statistically tied on care score: {scores} ({by}); {leader.Brand.Name} is ahead in only {Printed.PercentInProse(Math.Max(share, 1 - share))} of bootstrap replicates ({Printed.PercentInProse(options.TieConfidence)} needed).",
            ClaimStrength.Tied => $"{leader.Brand.Name} and {second.Brand.Name} are statistically tied on care score: {scores} ({by}); they share a tie group on the leaderboard.",
            ClaimStrength.NotEnoughData => $"Not enough data to name a leader: {verdict.Reason}. Care scores {scores}.",
            _ => $"{leader.Brand.Name} has the higher care score: {scores} ({by}); without bootstrap replicates for both, whether the lead is supported is not measured.",
        };
    }

    /// <summary>Which components favour which brand, largest first, in plain words.</summary>
    private static string Drivers(ScoreExplanation explanation)
    {
        string Side(RankedBrand brand, IEnumerable<ComponentContribution> parts)
        {
            var list = parts.Select(c => $"{Printed.InSentence(c.Name)} ({ReportFormat.SignedPoints(Math.Abs(c.Points))})").ToList();
            return list.Count == 0 ? string.Empty : $"{brand.Brand.Name} gains on {Join(list)}";
        }

        var meaningful = explanation.Contributions.Where(c => Math.Round(c.Points, 1, MidpointRounding.AwayFromZero) != 0).ToList();
        var forA = Side(explanation.A, meaningful.Where(c => c.Points > 0));
        var forB = Side(explanation.B, meaningful.Where(c => c.Points < 0));
        var sides = (explanation.Difference >= 0 ? new[] { forA, forB } : [forB, forA]).Where(s => s.Length > 0).ToList();
        return sides.Count == 0
            ? "No component separates the two scores."
            : $"Drivers, in care-score points: {string.Join("; ", sides)}.";
    }

    private static string Rates(RankedBrand a, RankedBrand b, TwoProportionResult test)
    {
        if (!test.IsInformative)
        {
            return "No decided mentions to compare response rates.";
        }

        var aMore = test.Difference > 0;
        var (more, less) = aMore ? (a, b) : (b, a);
        var ci = test.DifferenceInterval;
        var (lo, hi) = aMore ? (ci.Lower, ci.Upper) : (-ci.Upper, -ci.Lower);
        // The printed gap is the difference of the printed rates.
        var gap = more.Metrics.ResponseRate is { } m && less.Metrics.ResponseRate is { } l ? Printed.PercentGap(m, l) : Printed.PercentOf(Math.Abs(test.Difference));
        var figures = $"{ReportFormat.Percent(more.Metrics.ResponseRate)} of decided mentions vs {ReportFormat.Percent(less.Metrics.ResponseRate)} for {less.Brand.Name}, difference {Printed.Score(gap)} percentage points (95% CI {Printed.Score(100 * lo)} to {Printed.Score(100 * hi)}; two-proportion z-test {Verdict.FormatP(test.PValue)})";
        return test.PValue < Verdict.Alpha
            ? $"{more.Brand.Name} answers more: {figures}."
            : $"No supported difference in how many mentions are answered: {more.Brand.Name} {figures}.";
    }

    private static IEnumerable<string> Speed(RankedBrand a, RankedBrand b, PairwiseComparison pair)
    {
        var mw = pair.ResponseTimes;
        if (!mw.IsInformative)
        {
            yield return "Not enough answered mentions to compare how fast the two answer.";
            yield break;
        }

        var aFaster = mw.ProbabilityXBelowY > 0.5;
        var (fast, slow) = aFaster ? (a, b) : (b, a);
        var probability = (aFaster ? mw.ProbabilityXBelowY : 1 - mw.ProbabilityXBelowY).ToString("0.00", Invariant);
        var figures = $"median first response {ReportText.Median(fast)} vs {ReportText.Median(slow)} for {slow.Brand.Name} (Mann–Whitney {Verdict.FormatP(mw.PValue)}, P(faster) = {probability})";
        var significant = mw.PValue < Verdict.Alpha;
        yield return significant
            ? $"{fast.Brand.Name} answers faster: {figures}."
            : $"No supported difference in how fast answers come: {fast.Brand.Name} {figures}.";

        var lr = pair.TimeToResponse;
        var lrFirst = lr.FirstIsFaster ? a : b;
        var lrSignificant = lr.PValue < Verdict.Alpha;
        yield return lrSignificant
            ? $"Counting unanswered and pending mentions, {lrFirst.Brand.Name} gets customers an answer sooner (log-rank {Verdict.FormatP(lr.PValue)})."
            : $"Counting unanswered and pending mentions, neither gets customers an answer measurably sooner (log-rank {Verdict.FormatP(lr.PValue)}).";
        if (significant != lrSignificant || (significant && lrSignificant && !ReferenceEquals(lrFirst, fast)))
        {
            yield return SpeedTestsDiffer;
        }
    }

    private static string Consistency(RankedBrand a, RankedBrand b, ScoreOptions options)
    {
        var (sa, sb) = (a.Metrics.LogIqrDecades, b.Metrics.LogIqrDecades);
        if (sa is null || sb is null || !ClaimRules.HasEnoughReplies(ConsistencyComponent.ComponentId, a.Metrics, options)
            || !ClaimRules.HasEnoughReplies(ConsistencyComponent.ComponentId, b.Metrics, options))
        {
            return $"Not enough replies to compare consistency (at least {ReportFormat.Count(options.MinimumReplies)} answered mentions each).";
        }

        if (string.Equals(ReportFormat.Number(sa), ReportFormat.Number(sb), StringComparison.Ordinal))
        {
            return $"{a.Brand.Name} and {b.Brand.Name} are equally consistent: spread of response times {ReportFormat.Number(sa)} decades each.";
        }

        var aSteadier = sa < sb;
        var (steady, erratic) = aSteadier ? (a, b) : (b, a);
        string Spread(RankedBrand x) =>
            $"{ReportFormat.Number(x.Metrics.LogIqrDecades)} decades{(x.Uncertainty?.SpreadDecades is { } ci ? $" (95% CI {ReportFormat.Number(ci.Lower)}–{ReportFormat.Number(ci.Upper)})" : string.Empty)}";
        string Range(RankedBrand x) => Math.Pow(10, x.Metrics.LogIqrDecades!.Value).ToString("0.#", Invariant) + "×";
        var figures = $"spread of response times {Spread(steady)} vs {Spread(erratic)} for {erratic.Brand.Name}; the 75th-percentile first response is {Range(steady)} the 25th percentile, against {Range(erratic)} for {erratic.Brand.Name} (consistency {ReportText.ComponentScore(steady.Score, ConsistencyComponent.ComponentId)} vs {ReportText.ComponentScore(erratic.Score, ConsistencyComponent.ComponentId)})";
        var (cs, ce) = (steady.Uncertainty?.SpreadDecades, erratic.Uncertainty?.SpreadDecades);
        if (cs is null || ce is null)
        {
            return $"{steady.Brand.Name} is more consistent in this sample (no interval of the spread to test it): {figures}.";
        }

        // Rule: "more consistent" only when the two 95% intervals do not overlap.
        return cs.Value.Upper < ce.Value.Lower
            ? $"{steady.Brand.Name} is more consistent: {figures}."
            : $"No supported difference in consistency (the intervals overlap): {steady.Brand.Name} {figures}.";
    }

    private static string Figures(RankedBrand brand) =>
        $"{brand.Brand.Name}: rank {ReportText.RankLabel(brand)}, care score {ReportText.Score(brand)}, response rate {ReportText.ResponseRate(brand)}, median first response {ReportText.Median(brand)}, {ReportFormat.Plural(brand.Metrics.Mentions, "mention")}.";

    private static bool Eligible(RankedBrand brand, ScoreOptions options) => brand.Metrics.Mentions >= options.MinimumMentions;

    private static bool Is(RankedBrand x, RankedBrand y) => string.Equals(x.Brand.Id, y.Brand.Id, StringComparison.Ordinal);

    private static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
