using Benchmarking.Engine.History;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Reports.Tables;

/// <summary>
/// The tables and sentences the reports print, for a renderer outside this assembly (the console of <c>carebench</c>):
/// one model and one formatter (<see cref="Formatting.ReportFormat"/>) feed HTML, Markdown and the console alike, so a
/// leaderboard, a rank or a duration never reads differently in two places. Each member is the one the reports call.
/// </summary>
public static class ReportTables
{
    /// <summary>The leaderboard's ranked brands (rank, score, interval, components), the top <paramref name="top"/> or all.</summary>
    public static TextTable Leaderboard(Leaderboard leaderboard, int? top = null) => LeaderboardTables.Ranked(leaderboard, top);

    /// <summary>The legends printed under <see cref="Leaderboard"/>: what the columns, intervals and marks mean.</summary>
    public static IReadOnlyList<string> LeaderboardLegends(BenchmarkResult result, Leaderboard leaderboard, int? top = null, bool components = true) =>
        LeaderboardTables.Legends(result, leaderboard, top, components);

    /// <summary>The plain-language answer a leaderboard gives (who leads, by how much, whether the data can say so).</summary>
    public static AnswerBlock LeaderboardAnswer(Leaderboard leaderboard, ScoreOptions options) => Answers.Leaderboard(leaderboard, options);

    /// <summary>The plain-language answer a comparison gives.</summary>
    public static AnswerBlock ComparisonAnswer(Comparison comparison) => Answers.Comparison(comparison);

    /// <summary>The compared brands' headline figures side by side.</summary>
    public static TextTable ComparisonHeadline(Comparison comparison) => ComparisonTables.Headline(comparison);

    /// <summary>The legends printed under <see cref="ComparisonHeadline"/>.</summary>
    public static IReadOnlyList<string> ComparisonLegends(Comparison comparison) => ComparisonTables.Legends(comparison);

    /// <summary>E.g. <c>Delta vs American Airlines</c>, for one pair of a comparison.</summary>
    public static string PairTitle(Comparison comparison, PairwiseComparison pair) => PairTables.Title(comparison, pair);

    /// <summary>The statistical tests of one pair of a comparison, with their verdicts.</summary>
    public static TextTable PairTests(Comparison comparison, PairwiseComparison pair) => PairTables.Tests(comparison, pair);

    /// <summary>E.g. <c>Delta vs American Airlines</c>, for a score explanation.</summary>
    public static string ExplanationTitle(ScoreExplanation explanation) => PairTables.Title(explanation);

    /// <summary>The score difference decomposed into weighted component contributions.</summary>
    public static TextTable Explanation(ScoreExplanation explanation) => PairTables.Explanation(explanation);

    /// <summary>What the explanation concludes, in one sentence.</summary>
    public static string ExplanationConclusion(ScoreExplanation explanation) => PairTables.Conclusion(explanation);

    /// <summary>The clock a figure is measured on, as the reports name it.</summary>
    public static string Clock(ResponseClock clock) => ReportText.Clock(clock);

    /// <summary>The score normalisation, as the reports name it.</summary>
    public static string Normalisation(ScoreNormalisation normalisation) => ReportText.Normalisation(normalisation);

    /// <summary>E.g. <c>200 replicates, seed 20171031</c>, or <c>off</c>.</summary>
    public static string Bootstrap(ScoreOptions options) => ReportText.Bootstrap(options);

    /// <summary>The rank, <c>=</c>-marked within a statistical tie.</summary>
    public static string RankLabel(RankedBrand brand) => ReportText.RankLabel(brand);

    /// <summary>The brand's 95% rank interval, e.g. <c>2–4</c>.</summary>
    public static string RankRange(RankedBrand brand) => ReportText.RankRange(brand);

    /// <summary>The care score with its interval, e.g. <c>78.9 (74.1–83.0)</c>.</summary>
    public static string Score(RankedBrand brand) => ReportText.Score(brand);

    /// <summary>E.g. <c>Weekly care scorecard: Delta, 2017-W47</c>.</summary>
    public static string ScorecardTitle(Scorecard card) => ScorecardTables.Title(card);

    /// <summary>The scorecard's week and why it was chosen.</summary>
    public static string ScorecardWeekLine(Scorecard card) => ScorecardTables.WeekLine(card);

    /// <summary>The scorecard's headline figures with their changes from the previous week.</summary>
    public static TextTable ScorecardHeadline(Scorecard card) => ScorecardTables.Headline(card);

    /// <summary>The rank movements of a week against the previous one, one sentence each.</summary>
    public static IReadOnlyList<string> Movements(WeekComparison comparison) => WeeklyTables.Movements(comparison);

    /// <summary>Brands that became or stopped being eligible for ranking, one sentence each.</summary>
    public static IReadOnlyList<string> EligibilityChanges(WeekComparison comparison) => WeeklyTables.EligibilityChanges(comparison);

    /// <summary>What a week's snapshot says about partial data (a week not yet complete, sources missing).</summary>
    public static IReadOnlyList<string> PartialData(WeeklySnapshot snapshot) => WeeklyText.PartialData(snapshot);
}
