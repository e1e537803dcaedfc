using System.Globalization;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>
/// The per-pair sections of a comparison: the statistical tests between two brands and the decomposition of their
/// score difference. Brand names come from the comparison (the pair records carry ids only).
/// </summary>
internal static class PairTables
{
    /// <summary>Says why a pair section is empty.</summary>
    public const string NotComputed = "Not computed for this comparison.";

    /// <summary>What the statistical tests section says before the pairs.</summary>
    public const string TestsIntro =
        "Two-sided tests at the 5% level. Response times: Mann–Whitney U on answered mentions' first-response times; "
        + "response rates: two-proportion z-test on answered / decided mentions; time to first response: log-rank test "
        + "counting unanswered and pending mentions as censored.";

    /// <summary>What the explanation section says before the pairs.</summary>
    public const string ExplanationIntro =
        "Each component adds weight × (first brand's component score − second brand's) points to the first brand's lead; the points sum to the score difference.";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>E.g. <c>Delta vs American Airlines</c>, by display name (the id when the brand is not in the comparison).</summary>
    public static string Title(Comparison comparison, PairwiseComparison pair)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(pair);
        return $"{ReportText.BrandName(pair.BrandA, comparison.Brands)} vs {ReportText.BrandName(pair.BrandB, comparison.Brands)}";
    }

    /// <summary>E.g. <c>Delta vs American Airlines</c>.</summary>
    public static string Title(ScoreExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return $"{explanation.A.Brand.Name} vs {explanation.B.Brand.Name}";
    }

    /// <summary>
    /// The explanation's summary sentence followed by whether the difference is supported (when judged), or that the two
    /// share a tie group on their leaderboard.
    /// </summary>
    public static string Conclusion(ScoreExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        if (explanation.Certainty is { } certainty)
        {
            return $"{explanation.Summary} {certainty}";
        }

        var (a, b) = (explanation.A, explanation.B);
        return a.TieGroup is { } group && b.TieGroup == group && string.Equals(a.Brand.Industry, b.Brand.Industry, StringComparison.Ordinal)
            ? $"{explanation.Summary} {a.Brand.Name} and {b.Brand.Name} are statistically tied: their order is not supported by the data."
            : explanation.Summary;
    }

    /// <summary>One row per test: test, statistic, p-value (two-sided) and effect size.</summary>
    public static TextTable Tests(Comparison comparison, PairwiseComparison pair)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(pair);
        var a = ReportText.BrandName(pair.BrandA, comparison.Brands);
        IReadOnlyList<IReadOnlyList<string>> rows =
        [
            ResponseTimes(a, pair.ResponseTimes),
            ResponseRates(pair.ResponseRates),
            TimeToResponse(a, pair.TimeToResponse),
        ];
        return new TextTable(["Test", "Statistic", "p-value", "Effect size"], rows, [false, false, true, false]);
    }

    /// <summary>
    /// The contributions of every component to the first brand's lead, then the care scores and their difference.
    /// </summary>
    public static TextTable Explanation(ScoreExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var rows = explanation.Contributions.Select(c => (IReadOnlyList<string>)
        [
            c.Name,
            ReportFormat.Number(c.Weight),
            ReportFormat.Score(c.ScoreA),
            ReportFormat.Score(c.ScoreB),
            ReportFormat.SignedPoints(c.Points),
        ]).ToList();
        rows.Add(
        [
            "Care score",
            ReportFormat.Number(explanation.Contributions.Sum(c => c.Weight)),
            ReportFormat.Score(explanation.A.Score.Total),
            ReportFormat.Score(explanation.B.Score.Total),
            ReportFormat.SignedPoints(Printed.PointsGap(explanation.A.Score.Total, explanation.B.Score.Total)),
        ]);
        return new TextTable(
            ["Component", "Weight", explanation.A.Brand.Name, explanation.B.Brand.Name, "Points (first − second)"],
            rows,
            [false, true, true, true, true]);
    }

    private static IReadOnlyList<string> ResponseTimes(string a, MannWhitneyResult test)
    {
        const string name = "Response times (Mann–Whitney U)";
        if (!test.IsInformative)
        {
            return [name, NotEnough(test.N1, test.N2, "answered"), ReportFormat.Missing, ReportFormat.Missing];
        }

        return
        [
            name,
            $"U = {test.U.ToString("#,0.#", Invariant)}, z = {Fixed(test.Z)} (n = {ReportFormat.Count(test.N1)} vs {ReportFormat.Count(test.N2)})",
            Verdict.FormatP(test.PValue),
            $"P({a} faster) = {Fixed(test.ProbabilityXBelowY)}; rank-biserial r = {Fixed(test.RankBiserial)}",
        ];
    }

    private static IReadOnlyList<string> ResponseRates(TwoProportionResult test)
    {
        const string name = "Response rates (two-proportion z-test)";
        if (!test.IsInformative)
        {
            return [name, NotEnough(test.Trials1, test.Trials2, "decided"), ReportFormat.Missing, ReportFormat.Missing];
        }

        return
        [
            name,
            $"z = {Fixed(test.Z)} ({ReportFormat.Count(test.Successes1)}/{ReportFormat.Count(test.Trials1)} vs {ReportFormat.Count(test.Successes2)}/{ReportFormat.Count(test.Trials2)})",
            Verdict.FormatP(test.PValue),
            $"difference {PercentagePoints(test.Difference)} points (95% CI {PercentagePoints(test.DifferenceInterval.Lower)} to {PercentagePoints(test.DifferenceInterval.Upper)}); Cohen's h = {Fixed(test.CohenH)}",
        ];
    }

    private static IReadOnlyList<string> TimeToResponse(string a, LogRankResult test)
    {
        const string name = "Time to first response (log-rank)";
        if (test.N1 == 0 || test.N2 == 0 || test.Variance <= 0)
        {
            return [name, NotEnough(test.N1, test.N2, "answered"), ReportFormat.Missing, ReportFormat.Missing];
        }

        // (O₁/E₁)/(O₂/E₂): the usual log-rank estimate of the hazard ratio of being answered; above 1: the first brand is answered sooner.
        var ratio = test.Expected1 > 0 && test.Expected2 > 0 && test.Observed2 > 0
            ? Fixed(test.Observed1 / test.Expected1 / (test.Observed2 / test.Expected2))
            : ReportFormat.Missing;
        return
        [
            name,
            $"χ² = {Fixed(test.ChiSquare)} (observed/expected answers {Decimal(test.Observed1)}/{Decimal(test.Expected1)} vs {Decimal(test.Observed2)}/{Decimal(test.Expected2)})",
            Verdict.FormatP(test.PValue),
            $"hazard ratio ≈ {ratio} (ratio of observed/expected; above 1: {a} is answered sooner)",
        ];
    }

    private static string NotEnough(long n1, long n2, string what) =>
        $"not enough {what} mentions (n = {ReportFormat.Count(n1)} vs {ReportFormat.Count(n2)})";

    private static string Fixed(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0.0 : rounded).ToString("0.00", Invariant);
    }

    private static string Decimal(double value) => value.ToString("#,0.#", Invariant);

    private static string PercentagePoints(double share) => ReportFormat.SignedPoints(100 * share);
}
