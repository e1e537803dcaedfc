using Benchmarking.Engine.Tests.Support;
using Xunit.Abstractions;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

public sealed class ShareEstimatorTests(ITestOutputHelper output)
{
    [Fact]
    public void A_perfect_classifier_gives_the_counted_shares()
    {
        int[][] identity = [[100, 0, 0], [0, 100, 0], [0, 0, 100]];

        var estimate = ShareEstimator.Estimate([50, 30, 20], [identity]);

        Assert.Equal([0.5, 0.3, 0.2], estimate.Estimated.Select(x => Math.Round(x, 10)));
        Assert.All(Enumerable.Range(0, 3), c => Assert.True(estimate.Intervals[c].Contains(estimate.Estimated[c])));
    }

    [Fact]
    public void Adjustment_undoes_a_known_confusion()
    {
        // True shares 0.6 / 0.3 / 0.1 seen through M give counted shares q = Mᵀπ; the adjustment recovers π exactly.
        double[][] m = [[0.8, 0.15, 0.05], [0.2, 0.7, 0.1], [0.05, 0.25, 0.7]];
        double[] truth = [0.6, 0.3, 0.1];
        var counted = Enumerable.Range(0, 3).Select(p => Enumerable.Range(0, 3).Sum(t => m[t][p] * truth[t])).ToArray();

        var solution = ShareEstimator.Adjust(counted, m);

        Assert.Equal(truth, solution.Select(x => Math.Round(x, 10)));
    }

    [Fact]
    public void No_posts_give_no_estimate_but_the_whole_range()
    {
        var estimate = ShareEstimator.Estimate([0, 0], [[[9, 1], [2, 8]]]);

        Assert.Equal(0, estimate.Count);
        Assert.All(estimate.Intervals, i => Assert.Equal((0.0, 1.0), (i.Lower, i.Upper)));
    }

    [Fact]
    public void Same_counts_give_the_same_intervals()
    {
        int[][] m = [[80, 15, 5], [20, 70, 10], [5, 25, 70]];
        Assert.Equal(ShareEstimator.Estimate([40, 40, 20], [m]).Intervals, ShareEstimator.Estimate([40, 40, 20], [m]).Intervals);
    }

    /// <summary>
    /// Simulated brands with known true shares, seen through a classifier whose confusion matrix is only estimated from
    /// a labelled validation sample: the 95 % intervals must cover the truth about 95 % of the time, and the adjusted
    /// estimate must be less biased than classify and count. Measured: coverage in the docs (docs/text-quality.md).
    /// </summary>
    [Fact]
    public void Intervals_cover_the_true_shares_of_simulated_brands()
    {
        double[][] truthM = [[0.75, 0.2, 0.05], [0.2, 0.65, 0.15], [0.05, 0.25, 0.7]];
        var random = new Random(7);
        int Draw(double[] p)
        {
            var u = random.NextDouble();
            return u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
        }

        var covered = 0;
        var cells = 0;
        double countedError = 0, adjustedError = 0;
        const int Brands = 200;
        for (var b = 0; b < Brands; b++)
        {
            // A validation sample of 600 labelled posts per class, and a brand of 300–2,000 posts with its own mix.
            var confusion = new int[3][];
            for (var t = 0; t < 3; t++)
            {
                confusion[t] = new int[3];
                for (var i = 0; i < 600; i++)
                {
                    confusion[t][Draw(truthM[t])]++;
                }
            }

            var a = 0.1 + (0.6 * random.NextDouble());
            var c = (1 - a) * random.NextDouble();
            double[] truth = [a, c, 1 - a - c];
            var n = 300 + random.Next(1700);
            var counts = new int[3];
            for (var i = 0; i < n; i++)
            {
                counts[Draw(truthM[Draw(truth)])]++;
            }

            var estimate = ShareEstimator.Estimate(counts, [confusion.Select(r => (IReadOnlyList<int>)r).ToArray()]);
            for (var k = 0; k < 3; k++)
            {
                cells++;
                covered += estimate.Intervals[k].Contains(truth[k]) ? 1 : 0;
                countedError += Math.Abs(estimate.Counted[k] - truth[k]);
                adjustedError += Math.Abs(estimate.Estimated[k] - truth[k]);
            }
        }

        var coverage = covered / (double)cells;
        output.WriteLine($"simulated: coverage {coverage:0.000}, mean absolute error adjusted {adjustedError / cells:0.0000}, counted {countedError / cells:0.0000}");
        Assert.True(coverage >= 0.92, $"coverage {coverage:0.000}");
        Assert.True(adjustedError < countedError / 2, $"mean absolute error adjusted {adjustedError / cells:0.0000} against counted {countedError / cells:0.0000}");
    }

    /// <summary>
    /// The same on real model errors: the shipped model's predictions on one half of the SemEval-2017 test set give the
    /// confusion matrix; brands are drawn from the other half with chosen true shares.
    /// </summary>
    [Fact]
    public void Intervals_cover_the_true_shares_of_brands_drawn_from_real_labelled_tweets()
    {
        var tweets = SemEvalSentimentData.ReadTest2017(TestPaths.SharedData("semeval-twitter-sentiment"));
        var predicted = TextFixtures.Model.Predict(tweets.Select(t => t.Text).ToList());
        var confusion = new int[3][] { new int[3], new int[3], new int[3] };
        var pools = new List<int>[] { [], [], [] };
        for (var i = 0; i < tweets.Count; i++)
        {
            var label = (int)tweets[i].Label + 1;
            if (i % 2 == 0)
            {
                confusion[label][(int)predicted[i].Sentiment + 1]++;
            }
            else
            {
                pools[label].Add((int)predicted[i].Sentiment + 1);
            }
        }

        var random = new Random(11);
        var covered = 0;
        var cells = 0;
        for (var b = 0; b < 100; b++)
        {
            var a = 0.15 + (0.5 * random.NextDouble());
            var c = (1 - a) * (0.2 + (0.6 * random.NextDouble()));
            double[] truth = [a, c, 1 - a - c];
            var n = 500 + random.Next(1500);
            var counts = new int[3];
            var actual = new int[3];
            for (var i = 0; i < n; i++)
            {
                var u = random.NextDouble();
                var t = u < truth[0] ? 0 : u < truth[0] + truth[1] ? 1 : 2;
                actual[t]++;
                counts[pools[t][random.Next(pools[t].Count)]]++;
            }

            var estimate = ShareEstimator.Estimate(counts, [confusion.Select(r => (IReadOnlyList<int>)r).ToArray()]);
            for (var k = 0; k < 3; k++)
            {
                cells++;
                covered += estimate.Intervals[k].Contains(actual[k] / (double)n) ? 1 : 0;
            }
        }

        output.WriteLine($"real: coverage {covered / (double)cells:0.000}");
        Assert.True(covered / (double)cells >= 0.9, $"coverage {covered / (double)cells:0.000}");
    }

    public sealed class EstimateRecovery(ITestOutputHelper output)
    {
        private static readonly double[][] ModelRates = [[0.75, 0.2, 0.05], [0.2, 0.65, 0.15], [0.05, 0.25, 0.7]];

        // Conversations per (mention, follow-up) class: mostly negative mentions, many of which improve.
        private static readonly double[] TruePairs = [0.25, 0.2, 0.1, 0.05, 0.15, 0.05, 0.02, 0.03, 0.15];

        // Improved: follow-up class above the mention's; same: equal; worse: below.
        private static readonly double[] TrueOutcomes = [0.2 + 0.1 + 0.05, 0.25 + 0.15 + 0.15, 0.05 + 0.02 + 0.03];

        [Fact]
        public void A_perfect_classifier_gives_the_counted_outcomes()
        {
            int[][] identity = [[100, 0, 0], [0, 100, 0], [0, 0, 100]];

            // neg→neg 10, neg→neu 20, neg→pos 5, neu→neg 4, neu→neu 6, pos→neu 5.
            var estimate = ShareEstimator.EstimateRecovery([10, 20, 5, 4, 6, 0, 0, 5, 0], [identity]);

            Assert.Equal(50, estimate.Count);
            Assert.Equal([0.5, 0.32, 0.18], estimate.Estimated.Select(x => Math.Round(x, 10)));
            Assert.Equal([0.5, 0.32, 0.18], estimate.Counted.Select(x => Math.Round(x, 10)));
        }

        [Fact]
        public void Classifier_errors_on_both_posts_are_undone_and_widen_the_interval()
        {
            // Expected predicted pairs of 2,000 conversations seen through the model on both posts: q = (M ⊗ M)ᵀ π.
            var confusion = Counts(ModelRates, 1000);
            var predicted = Enumerable.Range(0, 9).Select(cell =>
                (int)Math.Round(2000 * Enumerable.Range(0, 9).Sum(pair => TruePairs[pair] * ModelRates[pair / 3][cell / 3] * ModelRates[pair % 3][cell % 3]))).ToArray();
            var truePredicted = TruePairs.Select(p => (int)Math.Round(2000 * p)).ToArray();

            var estimate = ShareEstimator.EstimateRecovery(predicted, [confusion]);
            var perfect = ShareEstimator.EstimateRecovery(truePredicted, [Counts([[1, 0, 0], [0, 1, 0], [0, 0, 1]], 1000)]);

            output.WriteLine($"counted {string.Join(" ", estimate.Counted.Select(x => x.ToString("0.000")))}, estimated {string.Join(" ", estimate.Estimated.Select(x => x.ToString("0.000")))}, intervals {string.Join(" ", estimate.Intervals)}");
            for (var o = 0; o < 3; o++)
            {
                Assert.Equal(TrueOutcomes[o], estimate.Estimated[o], 0.01);
                Assert.True(estimate.Intervals[o].Contains(TrueOutcomes[o]), $"outcome {o}: {estimate.Intervals[o]} misses {TrueOutcomes[o]}");
                Assert.True(Width(estimate.Intervals[o]) > Width(perfect.Intervals[o]), $"outcome {o}: the classifier's error must widen the interval");
            }

            // Counting is biased here: the model's errors on either post turn "same" into "improved" or "worse".
            Assert.True(Math.Abs(estimate.Counted[1] - TrueOutcomes[1]) > 0.1, $"counted same {estimate.Counted[1]:0.000}");
            Assert.False(estimate.Intervals[1].Contains(estimate.Counted[1]));
        }

        /// <summary>
        /// Simulated brands with known true transitions, both posts of each conversation classified through a model whose
        /// confusion is estimated from 600 labelled posts per class: the outcome intervals must cover the true outcome
        /// shares about 95 % of the time. Measured: coverage in the docs (docs/text-quality.md § Shares).
        /// </summary>
        [Fact]
        public void Intervals_cover_the_true_outcomes_of_simulated_brands()
        {
            var random = new Random(17);
            int Draw(IReadOnlyList<double> p)
            {
                var u = random.NextDouble();
                var cumulative = 0.0;
                for (var i = 0; i < p.Count - 1; i++)
                {
                    cumulative += p[i];
                    if (u < cumulative)
                    {
                        return i;
                    }
                }

                return p.Count - 1;
            }

            var covered = 0;
            var cells = 0;
            double countedError = 0, adjustedError = 0;
            const int Brands = 100;
            for (var b = 0; b < Brands; b++)
            {
                var confusion = ModelRates.Select(row =>
                {
                    var counts = new int[3];
                    for (var i = 0; i < 600; i++)
                    {
                        counts[Draw(row)]++;
                    }

                    return (IReadOnlyList<int>)counts;
                }).ToArray();
                // Uneven mixes, as in care conversations (most mentions negative): near-uniform mixes are a fixed point
                // of the model's errors, where counting is barely biased.
                var weights = Enumerable.Range(0, 9).Select(_ => 0.01 + Math.Pow(random.NextDouble(), 3)).ToArray();
                var pairs = weights.Select(w => w / weights.Sum()).ToArray();
                var n = 200 + random.Next(1300);
                var predicted = new int[9];
                var actual = new int[3];
                for (var i = 0; i < n; i++)
                {
                    var pair = Draw(pairs);
                    actual[1 - Math.Sign((pair % 3) - (pair / 3))]++;
                    predicted[(Draw(ModelRates[pair / 3]) * 3) + Draw(ModelRates[pair % 3])]++;
                }

                var estimate = ShareEstimator.EstimateRecovery(predicted, [confusion]);
                for (var o = 0; o < 3; o++)
                {
                    var truth = actual[o] / (double)n;
                    cells++;
                    covered += estimate.Intervals[o].Contains(truth) ? 1 : 0;
                    countedError += Math.Abs(estimate.Counted[o] - truth);
                    adjustedError += Math.Abs(estimate.Estimated[o] - truth);
                }
            }

            var coverage = covered / (double)cells;
            output.WriteLine($"recovery simulated: coverage {coverage:0.000}, mean absolute error adjusted {adjustedError / cells:0.0000}, counted {countedError / cells:0.0000}");
            Assert.True(coverage >= 0.9, $"coverage {coverage:0.000}");
            Assert.True(adjustedError < countedError, $"mean absolute error adjusted {adjustedError / cells:0.0000} against counted {countedError / cells:0.0000}");
        }

        [Fact]
        public void Needs_nine_transition_counts() =>
            Assert.Throws<ArgumentException>(() => ShareEstimator.EstimateRecovery([1, 2, 3], [[[9, 1, 0], [1, 8, 1], [0, 1, 9]]]));

        private static IReadOnlyList<IReadOnlyList<int>> Counts(double[][] rates, int perClass) =>
            [.. rates.Select(row => (IReadOnlyList<int>)[.. row.Select(r => (int)Math.Round(r * perClass))])];

        private static double Width(Benchmarking.Engine.Inference.ConfidenceInterval i) => i.Upper - i.Lower;
    }
}
