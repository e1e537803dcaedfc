using Benchmarking.Engine.History;
using System.Globalization;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// Assembles a <see cref="Scorecard"/> from evaluations already made (pure: no store access), so a caller that evaluated
/// every week once can build the scorecards of many brands from the same results.
/// </summary>
internal static class ScorecardBuilder
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Builds the scorecard of <paramref name="brand"/>.</summary>
    /// <param name="brand">The brand.</param>
    /// <param name="week">The reported week.</param>
    /// <param name="weekIsDefault">Whether the week was chosen by default.</param>
    /// <param name="thisWeek">Evaluation of the reported week.</param>
    /// <param name="lastWeek">Evaluation of the week before.</param>
    /// <param name="trailing">Evaluation of the trailing weeks, pooled.</param>
    /// <param name="trailingWeeks">Number of trailing weeks.</param>
    /// <param name="trend">The brand's weekly figures (any weeks; missing weeks are filled with empty ones).</param>
    /// <param name="trendWeeks">Weeks in the trend, ending with <paramref name="week"/>.</param>
    /// <param name="slowest">The week's slowest unanswered mentions.</param>
    /// <param name="customersShown">Whether the mentions carry real handles.</param>
    public static Scorecard Build(
        Brand brand,
        IsoWeek week,
        bool weekIsDefault,
        BenchmarkResult thisWeek,
        BenchmarkResult lastWeek,
        BenchmarkResult trailing,
        int trailingWeeks,
        IReadOnlyList<WeeklyFigures> trend,
        int trendWeeks,
        IReadOnlyList<UnansweredMention> slowest,
        bool customersShown)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(thisWeek);
        ArgumentNullException.ThrowIfNull(lastWeek);
        ArgumentNullException.ThrowIfNull(trailing);
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(slowest);
        ArgumentOutOfRangeException.ThrowIfLessThan(trailingWeeks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trendWeeks, 1);

        var now = new ScorecardPeriod("This week", week, week, thisWeek, Find(thisWeek, brand));
        var before = new ScorecardPeriod("Last week", week.Plus(-1), week.Plus(-1), lastWeek, Find(lastWeek, brand));
        var baseline = new ScorecardPeriod(
            string.Create(Invariant, $"Trailing {trailingWeeks} weeks"), week.Plus(-trailingWeeks), week.Plus(-1), trailing, Find(trailing, brand));

        var byWeek = trend.Where(t => string.Equals(t.BrandId, brand.Id, StringComparison.Ordinal)).ToDictionary(t => t.Week);
        var series = IsoWeek.Range(week.Plus(1 - trendWeeks), week)
            .Select(w => byWeek.GetValueOrDefault(w) ?? new WeeklyFigures(brand.Id, w, 0, 0, 0, null, null))
            .ToList();
        return new Scorecard(brand, week, weekIsDefault, now, before, baseline, Movement(brand, now, before), series, slowest, customersShown);
    }

    /// <summary>The rank and score movement from <paramref name="before"/> to <paramref name="now"/>, and why.</summary>
    public static RankMovement Movement(Brand brand, ScorecardPeriod now, ScorecardPeriod before)
    {
        ArgumentNullException.ThrowIfNull(brand);
        var rankedNow = now.RankedInIndustry(brand.Industry);
        var rankedBefore = before.RankedInIndustry(brand.Industry);
        var summary = new List<string>();
        var (a, b) = (now.Brand, before.Brand);
        summary.Add(RankSentence(brand, a, b, rankedNow, rankedBefore));
        if (a is null || b is null)
        {
            summary.Add(a is null
                ? $"{brand.Name} had no mentions this week, so there is no score to compare."
                : $"{brand.Name} had no mentions last week, so there is no score change to explain.");
            return new RankMovement(a?.Rank, b?.Rank, rankedNow, rankedBefore, null, [], summary);
        }

        // The same decomposition as between two brands (methodology §8), with last week in the place of the second brand.
        var explanation = Explanation.Explain(now.Result, a, b);
        var change = explanation.Difference;
        // The change as the two printed scores differ (79.8 and 55.2 → 24.6, not the 24.7 of the unrounded scores).
        var rounded = Printed.PointsGap(a.Score.Total, b.Score.Total);
        var verdict = ClaimRules.Difference(a, b, now.Result.ScoreOptions, "this week", "last week");
        if (rounded == 0)
        {
            summary.Add($"The care score is unchanged at {Printed.Score(a.Score.Total)} points.");
        }
        else
        {
            // "Rose" and "fell" pass the small-sample rules; below them only the two figures and the arithmetic are stated.
            var main = rounded > 0 ? explanation.Contributions.MaxBy(c => c.Points)! : explanation.Contributions.MinBy(c => c.Points)!;
            var sentence = verdict.Strength == ClaimStrength.NotEnoughData
                ? $"The care score is {Printed.Score(a.Score.Total)} this week and {Printed.Score(b.Score.Total)} last week ({Printed.Signed(rounded)} points)"
                : $"The care score {(rounded > 0 ? "rose" : "fell")} {Printed.Score(Math.Abs(rounded))} points ({Printed.Score(b.Score.Total)} → {Printed.Score(a.Score.Total)})";
            summary.Add(string.Create(Invariant,
                $"{sentence}, mainly because of {Printed.InSentence(main.Name)}: {Printed.Signed(main.Points)} points ({Printed.Score(main.ScoreB)} → {Printed.Score(main.ScoreA)} on 0–100, weight {main.Weight:0.00})."));
        }

        var movement = new RankMovement(a.Rank, b.Rank, rankedNow, rankedBefore, change, explanation.Contributions, summary);
        if (verdict.Strength == ClaimStrength.NotEnoughData)
        {
            summary.Add($"Not enough data to call the change: {verdict.Reason}.");
            movement = movement with { ShareHigher = verdict.ShareAhead, Claim = verdict };
        }
        else if (verdict.ShareAhead is { } share)
        {
            var confidence = now.Result.ScoreOptions.TieConfidence;
            var leader = Math.Max(share, 1 - share);
            summary.Add(verdict.Supported
                ? $"The change is statistically supported: this week's score is {(share >= 0.5 ? "higher" : "lower")} in {Printed.PercentInProse(leader)} of bootstrap replicates."
                : $"The change is within the noise: this week's score is {(share >= 0.5 ? "higher" : "lower")} in only {Printed.PercentInProse(leader)} of bootstrap replicates ({Printed.PercentInProse(confidence)} needed).");
            movement = movement with { ShareHigher = share, Claim = verdict };
        }

        return movement;
    }

    private static string RankSentence(Brand brand, RankedBrand? now, RankedBrand? before, int rankedNow, int rankedBefore)
    {
        // A tied group shares the rank of its first brand, "=1 of 4", as the tables print it.
        string Place(RankedBrand? b, int of) => b?.Rank is { } r
            ? string.Create(Invariant, $"{(b.TieGroup is null ? string.Empty : "=")}{(b.TieGroup is null ? r : b.TieRank ?? r)} of {of}")
            : "not ranked";
        if (now?.Rank is { } rank && before?.Rank is { } previous)
        {
            var gained = previous - rank;
            return gained switch
            {
                > 0 => string.Create(Invariant, $"{brand.Name} moved up {gained} place{(gained == 1 ? string.Empty : "s")} in {brand.Industry}: {Place(now, rankedNow)} this week, {Place(before, rankedBefore)} last week."),
                < 0 => string.Create(Invariant, $"{brand.Name} moved down {-gained} place{(gained == -1 ? string.Empty : "s")} in {brand.Industry}: {Place(now, rankedNow)} this week, {Place(before, rankedBefore)} last week."),
                _ => string.Create(Invariant, $"{brand.Name} kept its place in {brand.Industry}: {Place(now, rankedNow)} this week, {Place(before, rankedBefore)} last week."),
            };
        }

        return $"{brand.Name} is {Place(now, rankedNow)} in {brand.Industry} this week and was {Place(before, rankedBefore)} last week; ranks need enough mentions in both weeks to compare.";
    }

    private static RankedBrand? Find(BenchmarkResult result, Brand brand) =>
        result.AllBrands.FirstOrDefault(b => string.Equals(b.Brand.Id, brand.Id, StringComparison.Ordinal));
}
