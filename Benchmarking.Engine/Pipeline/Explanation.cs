using System.Globalization;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// Decomposes the score difference of two brands (methodology §8): per component, weight × (A's component score − B's),
/// which sum exactly to A's total minus B's; ordered by |points| descending, then component id.
/// </summary>
internal static class Explanation
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static ScoreExplanation Explain(BenchmarkResult result, RankedBrand a, RankedBrand b)
    {
        var scoresB = b.Score.Components.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var contributions = a.Score.Components
            .Select(c => new ComponentContribution(c.Id, c.Name, c.Weight, c.Score, scoresB.TryGetValue(c.Id, out var other) ? other.Score : 0.0))
            .OrderByDescending(c => Math.Abs(c.Points))
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var difference = a.Score.Total - b.Score.Total;
        var (nameA, nameB) = (a.Brand.Name, b.Brand.Name);

        string summary;
        if (Printed.Points(difference) == 0)
        {
            var forA = contributions.Where(c => Printed.Points(c.Points) > 0).MaxBy(c => c.Points);
            var forB = contributions.Where(c => Printed.Points(c.Points) < 0).MinBy(c => c.Points);
            summary = forA is not null && forB is not null
                ? $"{nameA} and {nameB} score the same ({Printed.Score(a.Score.Total)} points): {nameA}'s lead on {Printed.InSentence(forA.Name)} ({Printed.Signed(forA.Points)} points) is offset by {nameB}'s on {Printed.InSentence(forB.Name)} ({Printed.Signed(-forB.Points)} points)."
                : $"{nameA} and {nameB} score the same ({Printed.Score(a.Score.Total)} points).";
        }
        else
        {
            var aLeads = difference > 0;
            var (leader, other) = aLeads ? (nameA, nameB) : (nameB, nameA);
            var main = aLeads ? contributions.MaxBy(c => c.Points)! : contributions.MinBy(c => c.Points)!;
            var points = aLeads ? main.Points : -main.Points;
            var sameBoard = a.Rank is not null && b.Rank is not null && string.Equals(a.Brand.Industry, b.Brand.Industry, StringComparison.Ordinal);
            summary = $"{leader} {(sameBoard ? "ranks" : "scores")} above {other} mainly because of {Printed.InSentence(main.Name)}: {Printed.Signed(points)} points.";
        }

        var explanation = new ScoreExplanation(a, b, contributions, summary);
        var verdict = ClaimRules.Difference(a, b, result.ScoreOptions);
        if (verdict.ShareAhead is not { } share)
        {
            return verdict.Strength == ClaimStrength.NotEnoughData
                ? explanation with { Distinguishable = false, Certainty = $"Not enough data to call the difference: {verdict.Reason}.", Claim = verdict }
                : explanation with { Claim = verdict };
        }

        var confidence = result.ScoreOptions.TieConfidence;
        var leaderShare = Math.Max(share, 1 - share);
        var front = share >= 0.5 ? nameA : nameB;
        var replicates = a.Uncertainty!.ScoreReplicates.Count;
        var certainty = verdict.Strength switch
        {
            ClaimStrength.Supported => $"The difference is statistically supported: {front} scores higher in {Printed.PercentInProse(leaderShare)} of {replicates} bootstrap replicates.",
            ClaimStrength.NotEnoughData => $"Not enough data to call the difference: {verdict.Reason}.",
            _ => $"The scores are statistically tied: {front} scores higher in only {Printed.PercentInProse(leaderShare)} of {replicates} bootstrap replicates ({Printed.PercentInProse(confidence)} needed).",
        };
        return explanation with { ShareAhead = share, Distinguishable = verdict.Supported, Certainty = certainty, Claim = verdict };
    }
}
