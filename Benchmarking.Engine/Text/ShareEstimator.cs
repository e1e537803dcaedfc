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
        ArgumentNullException.ThrowIfNull(confusions);
        var k = predictedCounts.Count;
        if (k < 2 || confusions.Count == 0 || confusions.Any(m => m.Count != k || m.Any(row => row.Count != k || row.Sum() == 0)))
        {
            throw new ArgumentException($"need {k} ≥ 2 predicted counts and at least one {k} × {k} confusion matrix whose every row has a labelled post");
        }

        var n = predictedCounts.Sum();
        if (n == 0)
        {
            var zero = new double[k];
            return new ShareEstimate(0, zero, zero, [.. Enumerable.Repeat(new ConfidenceInterval(0, 1), k)]);
        }

        var counted = predictedCounts.Select(c => c / (double)n).ToArray();
        var estimated = new double[k];
        foreach (var confusion in confusions)
        {
            var solution = Adjust(counted, Rates(confusion.Select(row => row.Select(c => (double)c).ToArray()).ToArray()));
            for (var c = 0; c < k; c++)
            {
                estimated[c] += solution[c] / confusions.Count;
            }
        }

        var random = new Random(Seed);
        var draws = new double[k][];
        for (var c = 0; c < k; c++)
        {
            draws[c] = new double[Replicates];
        }

        for (var r = 0; r < Replicates; r++)
        {
            var confusion = confusions[random.Next(confusions.Count)];
            var rates = confusion.Select(row => Dirichlet(random, row.Select(x => x + 0.5).ToArray())).ToArray();
            var shares = Dirichlet(random, predictedCounts.Select(x => x + 0.5).ToArray());
            var solution = Adjust(shares, rates);
            for (var c = 0; c < k; c++)
            {
                draws[c][r] = solution[c];
            }
        }

        var intervals = draws.Select(d =>
        {
            Array.Sort(d);
            return new ConfidenceInterval(d[(int)(0.025 * (Replicates - 1))], d[(int)Math.Ceiling(0.975 * (Replicates - 1))]);
        }).ToArray();
        return new ShareEstimate(n, counted, estimated, intervals);
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
