using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Estimates a group's true class shares from its predicted classes, correcting for the classifier's validated
/// confusion matrices: adjusted classify and count (Forman 2008), with intervals that include the uncertainty of the
/// group's own sample and of the classifier. Method <see cref="Version"/> (<c>docs/text-quality.md</c> § Shares).
/// </summary>
/// <remarks>
/// <para>Point estimate. For one validation set, M[t][p] = P(predicted p | true t) from its confusion counts; the
/// counted shares q satisfy q = Mᵀπ for the true shares π when only the class mix differs between the validation set and
/// the group (prior shift). π = solution of Mᵀπ = q, negative shares set to 0 and the rest rescaled to sum 1. With
/// several validation sets (in and out of domain) the estimate is the mean of their solutions.</para>
/// <para>Interval. <see cref="Replicates"/> draws, seeded (<see cref="Seed"/>): a validation set chosen uniformly, each
/// row of its confusion matrix drawn from Dirichlet(counts + ½), the group's counted shares from Dirichlet(counts + ½)
/// (the Bayesian bootstrap of a multinomial sample, Jeffreys prior), and the adjusted estimate computed from the draw;
/// the interval is the 2.5th–97.5th percentile (nearest rank) of each share over the draws. So the interval widens
/// when the group is small, when the classifier is unsure between two classes (M near singular), and when the
/// validation sets disagree (domain shift).</para>
/// </remarks>
public static class ShareEstimator
{
    /// <summary>Version of the method, shown next to every estimated share.</summary>
    public const string Version = "acc-1";

    /// <summary>Draws behind each interval.</summary>
    public const int Replicates = 1000;

    /// <summary>Seed of the draws: the same counts and matrices give the same intervals.</summary>
    public const int Seed = 4020;

    /// <summary>Estimates the shares of a group whose posts were predicted as each class <paramref name="predictedCounts"/> times.</summary>
    /// <param name="predictedCounts">Posts predicted as each class (k ≥ 2 classes).</param>
    /// <param name="confusions">At least one k × k confusion matrix [true, predicted] from labelled posts the classifier never trained on.</param>
    public static ShareEstimate Estimate(IReadOnlyList<int> predictedCounts, IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> confusions)
    {
        ArgumentNullException.ThrowIfNull(predictedCounts);
        var k = predictedCounts.Count;
        return Estimate(predictedCounts, confusions, k, rates => rates, [.. Enumerable.Range(0, k)], k);
    }

    /// <summary>
    /// Estimates the sentiment recovery shares (improved, same, worse, in that order) of a group of conversations from
    /// the predicted classes of each mention and its follow-up, correcting both labels for the classifier's errors.
    /// </summary>
    /// <remarks>
    /// The pair (mention class, follow-up class) is a k² class problem whose confusion is M ⊗ M
    /// (P(predicted a, b | true s, t) = M[s][a] · M[t][b]): the two posts are classified independently given their true
    /// classes, the assumption of acc-1 applied to each post. The nine true pair shares are estimated as in
    /// <see cref="Estimate(IReadOnlyList{int}, IReadOnlyList{IReadOnlyList{IReadOnlyList{int}}})"/> and summed by
    /// outcome in every draw, so the interval of an outcome share includes the error of both labels.
    /// </remarks>
    /// <param name="transitions">Conversations per (mention class, follow-up class), mention-major, classes in
    /// <see cref="Sentiment"/> order (negative, neutral, positive): 9 counts.</param>
    /// <param name="confusions">At least one 3 × 3 sentiment confusion matrix [true, predicted].</param>
    public static ShareEstimate EstimateRecovery(IReadOnlyList<int> transitions, IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> confusions)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        const int k = 3;
        if (transitions.Count != k * k)
        {
            throw new ArgumentException($"need {k * k} transition counts (mention class × follow-up class), got {transitions.Count}", nameof(transitions));
        }

        // Outcome 0 improved, 1 same, 2 worse: the follow-up class index above, equal to or below the mention's.
        int[] outcomeOf = [.. Enumerable.Range(0, k * k).Select(cell => 1 - Math.Sign((cell % k) - (cell / k)))];
        return Estimate(transitions, confusions, k, Kronecker, outcomeOf, 3);
    }

    /// <summary>
    /// The shared method: <paramref name="counts"/> over cells, confusion matrices over <paramref name="classes"/> classes
    /// expanded to the cells' rates by <paramref name="expand"/>, estimates summed into <paramref name="outcomes"/>
    /// outcomes by <paramref name="outcomeOf"/> (per cell).
    /// </summary>
    private static ShareEstimate Estimate(
        IReadOnlyList<int> counts,
        IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> confusions,
        int classes,
        Func<double[][], double[][]> expand,
        int[] outcomeOf,
        int outcomes)
    {
        ArgumentNullException.ThrowIfNull(confusions);
        if (classes < 2 || confusions.Count == 0 || confusions.Any(m => m.Count != classes || m.Any(row => row.Count != classes || row.Sum() == 0)))
        {
            throw new ArgumentException($"need {classes} ≥ 2 classes and at least one {classes} × {classes} confusion matrix whose every row has a labelled post");
        }

        var n = counts.Sum();
        if (n == 0)
        {
            var zero = new double[outcomes];
            return new ShareEstimate(0, zero, zero, [.. Enumerable.Repeat(new ConfidenceInterval(0, 1), outcomes)]);
        }

        var counted = Sum(counts.Select(c => c / (double)n).ToArray(), outcomeOf, outcomes);
        var estimated = new double[outcomes];
        foreach (var confusion in confusions)
        {
            var solution = Sum(Adjust(counts.Select(c => c / (double)n).ToArray(), expand(Rates(confusion.Select(row => row.Select(c => (double)c).ToArray()).ToArray()))), outcomeOf, outcomes);
            for (var o = 0; o < outcomes; o++)
            {
                estimated[o] += solution[o] / confusions.Count;
            }
        }

        var random = new Random(Seed);
        var draws = new double[outcomes][];
        for (var o = 0; o < outcomes; o++)
        {
            draws[o] = new double[Replicates];
        }

        for (var r = 0; r < Replicates; r++)
        {
            var confusion = confusions[random.Next(confusions.Count)];
            var rates = confusion.Select(row => Dirichlet(random, row.Select(x => x + 0.5).ToArray())).ToArray();
            var shares = Dirichlet(random, counts.Select(x => x + 0.5).ToArray());
            var solution = Sum(Adjust(shares, expand(rates)), outcomeOf, outcomes);
            for (var o = 0; o < outcomes; o++)
            {
                draws[o][r] = solution[o];
            }
        }

        var intervals = draws.Select(d =>
        {
            Array.Sort(d);
            return new ConfidenceInterval(d[(int)(0.025 * (Replicates - 1))], d[(int)Math.Ceiling(0.975 * (Replicates - 1))]);
        }).ToArray();
        return new ShareEstimate(n, counted, estimated, intervals);
    }

    private static double[] Sum(double[] cellShares, int[] outcomeOf, int outcomes)
    {
        var sums = new double[outcomes];
        for (var cell = 0; cell < cellShares.Length; cell++)
        {
            sums[outcomeOf[cell]] += cellShares[cell];
        }

        return sums;
    }

    /// <summary>Rates of a pair of independently classified posts: row (s, t), column (a, b) = M[s][a] · M[t][b].</summary>
    private static double[][] Kronecker(double[][] rates)
    {
        var k = rates.Length;
        var pair = new double[k * k][];
        for (var s = 0; s < k; s++)
        {
            for (var t = 0; t < k; t++)
            {
                var row = new double[k * k];
                for (var a = 0; a < k; a++)
                {
                    for (var b = 0; b < k; b++)
                    {
                        row[(a * k) + b] = rates[s][a] * rates[t][b];
                    }
                }

                pair[(s * k) + t] = row;
            }
        }

        return pair;
    }

    /// <summary>Row-normalised rates P(predicted | true).</summary>
    private static double[][] Rates(double[][] counts) => [.. counts.Select(row =>
    {
        var total = row.Sum();
        return row.Select(x => x / total).ToArray();
    })];

    /// <summary>Solves Mᵀπ = q by Gaussian elimination with partial pivoting; clips to the simplex.</summary>
    internal static double[] Adjust(IReadOnlyList<double> counted, double[][] rates)
    {
        var k = counted.Count;
        var a = new double[k, k + 1];
        for (var p = 0; p < k; p++)
        {
            for (var t = 0; t < k; t++)
            {
                a[p, t] = rates[t][p];
            }

            a[p, k] = counted[p];
        }

        var solution = new double[k];
        var singular = false;
        for (var col = 0; col < k && !singular; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < k; row++)
            {
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (Math.Abs(a[pivot, col]) < 1e-12)
            {
                singular = true;
                break;
            }

            for (var j = 0; j <= k; j++)
            {
                (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
            }

            for (var row = 0; row < k; row++)
            {
                if (row != col)
                {
                    var factor = a[row, col] / a[col, col];
                    for (var j = col; j <= k; j++)
                    {
                        a[row, j] -= factor * a[col, j];
                    }
                }
            }
        }

        if (singular)
        {
            // A classifier no better than chance carries no information about the mix: fall back to the counted shares.
            return [.. counted];
        }

        for (var c = 0; c < k; c++)
        {
            solution[c] = Math.Max(0, a[c, k] / a[c, c]);
        }

        var sum = solution.Sum();
        return sum > 0 ? [.. solution.Select(x => x / sum)] : [.. counted];
    }

    private static double[] Dirichlet(Random random, double[] alpha)
    {
        var draws = alpha.Select(a => Gamma(random, a)).ToArray();
        var sum = draws.Sum();
        return [.. draws.Select(d => d / sum)];
    }

    /// <summary>A standard normal draw (Box–Muller, one of the pair).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Gamma(shape, 1) by Marsaglia and Tsang (2000); shape &lt; 1 by the boost Gamma(shape + 1) · U^(1/shape).</summary>
    private static double Gamma(Random random, double shape)
    {
        if (shape < 1)
        {
            return Gamma(random, shape + 1) * Math.Pow(1.0 - random.NextDouble(), 1.0 / shape);
        }

        var d = shape - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(random);
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = 1.0 - random.NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }
}
