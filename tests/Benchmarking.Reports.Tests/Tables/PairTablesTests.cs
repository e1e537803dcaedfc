using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Scoring;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Tables;

public sealed class PairTablesTests
{
    public sealed class Tests
    {
        [Fact]
        public void Has_one_row_per_test_with_statistic_p_value_and_effect_size()
        {
            var comparison = Some.Comparison();

            var table = PairTables.Tests(comparison, comparison.Pairs![0]);

            Assert.Equal(["Test", "Statistic", "p-value", "Effect size"], table.Header);
            Assert.Equal(
                [
                    ["Response times (Mann–Whitney U)", "U = 112,000, z = -4.12 (n = 700 vs 400)", "p < 0.001", "P(Delta faster) = 0.60; rank-biserial r = 0.20"],
                    ["Response rates (two-proportion z-test)", "z = 6.50 (700/1,180 vs 400/890)", "p < 0.001", "difference +14.4 points (95% CI +10.0 to +18.6); Cohen's h = 0.29"],
                    ["Time to first response (log-rank)", "χ² = 31.99 (observed/expected answers 700/610.5 vs 400/489.5)", "p < 0.001", "hazard ratio ≈ 1.40 (ratio of observed/expected; above 1: Delta is answered sooner)"],
                ],
                table.Rows);
        }

        [Fact]
        public void Says_when_a_test_has_too_little_data()
        {
            var comparison = Some.Comparison();
            var empty = comparison.Pairs![0] with
            {
                ResponseTimes = new MannWhitneyResult(0, 400, 0, 0, 1, 0, 0.5),
                ResponseRates = new TwoProportionResult(0, 0, 400, 890, null, 400.0 / 890, 0, 0, 1, new ConfidenceInterval(-1, 1), 0),
                TimeToResponse = new LogRankResult(0, 900, 0, 0, 400, 400, 0, 0, 1),
            };

            var table = PairTables.Tests(comparison, empty);

            Assert.Equal(
                ["not enough answered mentions (n = 0 vs 400)", "not enough decided mentions (n = 0 vs 890)", "not enough answered mentions (n = 0 vs 900)"],
                table.Rows.Select(r => r[1]));
            Assert.All(table.Rows, r => Assert.Equal(("–", "–"), (r[2], r[3])));
        }

        [Fact]
        public void Title_falls_back_to_the_id_of_a_brand_not_in_the_comparison()
        {
            var comparison = Some.Comparison();
            var pair = comparison.Pairs![0] with { BrandB = "ghost-air" };

            Assert.Equal("Delta vs ghost-air", PairTables.Title(comparison, pair));
        }
    }

    public sealed class Explanation
    {
        [Fact]
        public void Lists_contributions_in_the_explanations_order_then_the_scores_and_their_difference()
        {
            var table = PairTables.Explanation(Some.Comparison().Explanations![0]);

            Assert.Equal(["Component", "Weight", "Delta", "American Airlines", "Points (first − second)"], table.Header);
            Assert.Equal(
                [
                    ["Speed", "0.40", "71.2", "52.5", "+7.5"],
                    ["Responsiveness", "0.40", "59.3", "44.9", "+5.8"],
                    ["Consistency", "0.20", "55.0", "30.0", "+5.0"],
                    ["Care score", "1.00", "63.2", "45.0", "+18.2"],
                ],
                table.Rows);
        }

        [Fact]
        public void Shows_whatever_components_the_scores_carry()
        {
            var board = Some.Result().Leaderboards[0];
            ComponentScore[] a = [new("responsiveness", "Responsiveness", 60, 0.35), new("speed", "Speed", 70, 0.30), new("sla", "SLA attainment", 40, 0.20), new("consistency", "Consistency", 50, 0.15)];
            ComponentScore[] b = [new("responsiveness", "Responsiveness", 50, 0.35), new("speed", "Speed", 75, 0.30), new("sla", "SLA attainment", 80, 0.20), new("consistency", "Consistency", 50, 0.15)];
            var first = board.Ranked[0] with { Score = Some.Score(a) };
            var second = board.Ranked[1] with { Score = Some.Score(b) };

            var table = PairTables.Explanation(Some.Explanation(first, second, "summary"));

            Assert.Equal(["SLA attainment", "Responsiveness", "Speed", "Consistency", "Care score"], table.Rows.Select(r => r[0]));
            Assert.Equal(["-8.0", "+3.5", "-1.5", "0.0", "-6.0"], table.Rows.Select(r => r[4]));
        }
    }
}
