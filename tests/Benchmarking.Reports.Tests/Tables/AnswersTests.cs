using Benchmarking.Engine.History;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Tables;

/// <summary>The answer block at the top of every report: who leads, by how much, whether supported, and why.</summary>
public sealed class AnswersTests
{
    public sealed class Comparison
    {
        [Fact]
        public void The_qantas_virgin_first_screen_states_more_faster_and_more_consistent_each_with_its_test_or_interval()
        {
            var answer = Answers.Comparison(Scenario.QantasVsVirgin);

            Assert.StartsWith("Virgin Australia leads on care score: ", answer.Lead, StringComparison.Ordinal);
            Assert.Contains("statistically supported", answer.Lead, StringComparison.Ordinal);
            Assert.Contains("95% interval", answer.Lead, StringComparison.Ordinal);
            Assert.Contains(answer.Points, p => p.StartsWith("Virgin Australia answers more: 26.1% of decided mentions vs 13.9% for Qantas", StringComparison.Ordinal) && p.Contains("two-proportion z-test p < 0.001", StringComparison.Ordinal));
            Assert.Contains(answer.Points, p => p.StartsWith("Virgin Australia answers faster: median first response 40 min", StringComparison.Ordinal) && p.Contains("Mann–Whitney p < 0.001", StringComparison.Ordinal));
            Assert.Contains(answer.Points, p => p.StartsWith("Qantas is more consistent: spread of response times 0.30 decades (95% CI ", StringComparison.Ordinal));
            Assert.Contains(answer.Points, p => p.StartsWith("Drivers, in care-score points: Virgin Australia gains on speed", StringComparison.Ordinal) && p.Contains("Qantas gains on consistency", StringComparison.Ordinal));
        }

        [Fact]
        public async Task The_answer_comes_before_the_tests_and_the_tests_before_every_secondary_section()
        {
            var html = await HtmlReports.ComparisonAsync(Scenario.QantasVsVirgin);
            var markdown = ComparisonMarkdown.Render(Scenario.QantasVsVirgin);

            foreach (var (text, headings) in new[]
            {
                (html, new[] { "<h2>Answer</h2>", "<h2>Statistical tests</h2>", "<h2>Why the scores differ</h2>", "<h2>Headline figures</h2>", "<h2>Charts</h2>" }),
                (markdown, new[] { "## Answer", "## Statistical tests", "## Why the scores differ", "## Headline figures", "## Weekly trend" }),
            })
            {
                var positions = headings.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
                Assert.All(positions, p => Assert.True(p >= 0));
                Assert.Equal(positions.Order(), positions);
            }

            Assert.Contains("Qantas is more consistent", html[..html.IndexOf("<h2>Statistical tests</h2>", StringComparison.Ordinal)], StringComparison.Ordinal);
        }

        [Fact]
        public void Close_scores_are_called_a_tie_and_a_one_mention_brand_is_not_enough_data()
        {
            var result = Some.Result();
            var delta = result.Leaderboards[0].Ranked[0];
            delta = delta with { Uncertainty = delta.Uncertainty! with { ScoreReplicates = [60, 62, 64, 66, 68] } };
            var american = result.Leaderboards[0].Ranked[1];
            american = american with { Uncertainty = american.Uncertainty! with { ScoreReplicates = [61, 63, 63, 65, 60] } };
            var tied = Answers.Comparison(Some.Comparison([delta, american], new Dictionary<string, IReadOnlyList<double>>()));
            Assert.Contains("are statistically tied on care score", tied.Lead, StringComparison.Ordinal);

            var tiny = delta with { Rank = null, Metrics = delta.Metrics with { Mentions = 1 }, Brand = delta.Brand with { Id = "tiny", Name = "Tiny" } };
            var notEnough = Answers.Comparison(Some.Comparison([delta, tiny], new Dictionary<string, IReadOnlyList<double>>()));
            Assert.StartsWith("Not enough data to name a leader: Tiny has 1 mention (minimum 50)", notEnough.Lead, StringComparison.Ordinal);
            Assert.DoesNotContain("supported", notEnough.Lead, StringComparison.Ordinal);
        }

        [Fact]
        public void Speed_tests_that_disagree_are_explained()
        {
            var comparison = Some.Comparison();
            var pair = comparison.Pairs![0];
            var contradicting = pair with { TimeToResponse = pair.TimeToResponse with { PValue = 0.5 } };

            var answer = Answers.Comparison(comparison with { Pairs = [contradicting] });

            Assert.Contains(Answers.SpeedTestsDiffer, answer.Points);
        }
    }

    public sealed class Leaders
    {
        [Fact]
        public void A_leaderboard_names_only_ranked_brands_and_a_board_without_any_says_there_is_no_leader()
        {
            var result = Some.Result();
            var board = result.Leaderboards[0];

            var answer = Answers.Leaderboard(board, result.ScoreOptions);
            Assert.DoesNotContain(board.NotEnoughData[0].Brand.Name, answer.Lead, StringComparison.Ordinal);
            Assert.Contains(answer.Points, p => p.Contains("not ranked and listed apart", StringComparison.Ordinal));

            var empty = Answers.Leaderboard(board with { Ranked = [] }, result.ScoreOptions);
            Assert.Contains("there is no leader", empty.Lead, StringComparison.Ordinal);
        }

        [Fact]
        public void A_weekly_leader_comes_only_from_ranked_brands_and_a_week_nobody_qualifies_says_so()
        {
            // The weekly index once named a brand answering 15% its industry's leader while the one scoring 86 was not
            // ranked; the leader must be ranked, and a high-scoring unranked brand is never named.
            var snapshot = SomeWeeks.History()[2];
            var retail = snapshot with
            {
                Brands = [.. snapshot.Brands, SomeWeeks.Brand("shop", "Shop", null, 90, 82, mentions: 35, industry: "retail")],
            };

            Assert.Equal("retail: nobody qualifies (1 brand with mentions, none with 50)", Answers.WeeklyLeader(retail, "retail"));
            Assert.DoesNotContain("Shop", WeeklyTables.Index([retail]).Rows[0][6], StringComparison.Ordinal);
            Assert.Contains("retail: nobody qualifies", WeeklyTables.Index([retail]).Rows[0][6], StringComparison.Ordinal);

            // One ranked brand leads nobody, as in the run summary: the sample's week named Tesco (score 14.3) retail's leader.
            var alone = retail with
            {
                Brands = [.. retail.Brands, SomeWeeks.Brand("tesco", "Tesco", 1, 15, 14, mentions: 60, industry: "retail")],
            };
            Assert.Equal("retail: no leader, only Tesco is ranked (score 14.5); 1 other brand with mentions, none with 50", Answers.WeeklyLeader(alone, "retail"));

            var nobody = snapshot with { Brands = [.. snapshot.Brands.Select(b => b with { Rank = null, TieGroup = null })] };
            var comparison = WeeklyHistory.Compare([nobody], nobody.Week);
            Assert.StartsWith("Nobody qualifies in 2017-W44", Answers.Weekly(comparison).Lead, StringComparison.Ordinal);
        }
    }
}
