using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Text;

/// <summary>
/// How the sentiment model does on a labelled set it never trained on: accuracy and macro-F1 with 95 % bootstrap
/// intervals, per-class F1 and recall, the confusion matrix and the true and predicted class shares.
/// </summary>
/// <param name="TestCount">Labelled posts evaluated.</param>
/// <param name="Accuracy">Share of posts whose predicted class is the label.</param>
/// <param name="AccuracyInterval">95 % percentile bootstrap interval of the accuracy (posts resampled with replacement, <see cref="BootstrapReplicates"/> replicates, seed <see cref="BootstrapSeed"/>).</param>
/// <param name="MacroF1">Unweighted mean over the three classes of F1 = 2PR/(P+R).</param>
/// <param name="MacroF1Interval">95 % percentile bootstrap interval of the macro-F1 (the same replicates).</param>
/// <param name="F1">F1 per class (negative, neutral, positive).</param>
/// <param name="Recall">Recall per class: correct ÷ labelled as the class (0 when none is).</param>
/// <param name="Confusion">Counts [label, predicted] in the order negative, neutral, positive.</param>
public sealed record SentimentEvaluation(
    int TestCount,
    double Accuracy,
    ConfidenceInterval AccuracyInterval,
    double MacroF1,
    ConfidenceInterval MacroF1Interval,
    IReadOnlyList<double> F1,
    IReadOnlyList<double> Recall,
    IReadOnlyList<IReadOnlyList<int>> Confusion)
{
    /// <summary>Bootstrap replicates behind the intervals.</summary>
    public const int BootstrapReplicates = 1000;

    /// <summary>Seed of the bootstrap, so the same pairs give the same intervals.</summary>
    public const int BootstrapSeed = 20;

    /// <summary>F1 of the negative class.</summary>
    public double F1Negative => F1[0];

    /// <summary>F1 of the neutral class.</summary>
    public double F1Neutral => F1[1];

    /// <summary>F1 of the positive class.</summary>
    public double F1Positive => F1[2];

    /// <summary>Share of posts labelled as each class (negative, neutral, positive).</summary>
    public IReadOnlyList<double> TrueShares => [.. Enumerable.Range(0, 3).Select(a => TestCount == 0 ? 0.0 : Confusion[a].Sum() / (double)TestCount)];

    /// <summary>Share of posts predicted as each class (negative, neutral, positive): classify and count.</summary>
    public IReadOnlyList<double> PredictedShares => [.. Enumerable.Range(0, 3).Select(p => TestCount == 0 ? 0.0 : Confusion.Sum(row => row[p]) / (double)TestCount)];

    /// <summary>Computes the figures from (label, predicted) pairs.</summary>
    internal static SentimentEvaluation From(IReadOnlyList<(Sentiment Actual, Sentiment Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var cells = pairs.Select(p => (3 * ((int)p.Actual + 1)) + (int)p.Predicted + 1).ToArray();
        var counts = new int[9];
        foreach (var cell in cells)
        {
            counts[cell]++;
        }

        var accuracies = new double[BootstrapReplicates];
        var macros = new double[BootstrapReplicates];
        if (cells.Length > 0)
        {
            var random = new Random(BootstrapSeed);
            var replicate = new int[9];
            for (var r = 0; r < BootstrapReplicates; r++)
            {
                Array.Clear(replicate);
                for (var i = 0; i < cells.Length; i++)
                {
                    replicate[cells[random.Next(cells.Length)]]++;
                }

                accuracies[r] = AccuracyOf(replicate);
                macros[r] = F1Of(replicate).Average();
            }
        }

        var f1 = F1Of(counts);
        var recall = Enumerable.Range(0, 3).Select(a =>
        {
            var labelled = counts[3 * a] + counts[(3 * a) + 1] + counts[(3 * a) + 2];
            return labelled == 0 ? 0.0 : counts[(3 * a) + a] / (double)labelled;
        }).ToArray();
        var confusion = Enumerable.Range(0, 3).Select(a => (IReadOnlyList<int>)counts.Skip(3 * a).Take(3).ToArray()).ToArray();
        return new SentimentEvaluation(cells.Length, AccuracyOf(counts), Interval(accuracies), f1.Average(), Interval(macros), f1, recall, confusion);
    }

    private static double AccuracyOf(int[] counts)
    {
        var total = counts.Sum();
        return total == 0 ? 0.0 : (counts[0] + counts[4] + counts[8]) / (double)total;
    }

    private static double[] F1Of(int[] counts) => [.. Enumerable.Range(0, 3).Select(c =>
    {
        var tp = counts[(3 * c) + c];
        var predicted = counts[c] + counts[3 + c] + counts[6 + c];
        var actual = counts[3 * c] + counts[(3 * c) + 1] + counts[(3 * c) + 2];
        return tp == 0 ? 0.0 : 2.0 * tp / (predicted + actual);
    })];

    /// <summary>The 2.5th and 97.5th percentiles (nearest rank on the sorted replicates).</summary>
    private static ConfidenceInterval Interval(double[] replicates)
    {
        Array.Sort(replicates);
        return new ConfidenceInterval(replicates[(int)(0.025 * (replicates.Length - 1))], replicates[(int)Math.Ceiling(0.975 * (replicates.Length - 1))]);
    }
}
