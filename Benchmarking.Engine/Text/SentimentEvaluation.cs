namespace Benchmarking.Engine.Text;

/// <summary>
/// How the sentiment model does on the held-out split it never saw.
/// </summary>
/// <param name="TrainCount">Tweets used for training.</param>
/// <param name="TestCount">Held-out tweets evaluated.</param>
/// <param name="Accuracy">Share of held-out tweets whose predicted class is the crowd label.</param>
/// <param name="MacroF1">Unweighted mean over the three classes of F1 = 2PR/(P+R).</param>
/// <param name="F1Negative">F1 of the negative class.</param>
/// <param name="F1Neutral">F1 of the neutral class.</param>
/// <param name="F1Positive">F1 of the positive class.</param>
/// <param name="Confusion">Counts [actual, predicted] in the order negative, neutral, positive.</param>
public sealed record SentimentEvaluation(
    int TrainCount,
    int TestCount,
    double Accuracy,
    double MacroF1,
    double F1Negative,
    double F1Neutral,
    double F1Positive,
    IReadOnlyList<IReadOnlyList<int>> Confusion)
{
    /// <summary>Computes the figures from (actual, predicted) pairs.</summary>
    internal static SentimentEvaluation From(int trainCount, IReadOnlyList<(Sentiment Actual, Sentiment Predicted)> pairs)
    {
        var counts = new int[3, 3];
        foreach (var (actual, predicted) in pairs)
        {
            counts[(int)actual + 1, (int)predicted + 1]++;
        }

        double F1(int c)
        {
            var tp = counts[c, c];
            var predicted = counts[0, c] + counts[1, c] + counts[2, c];
            var actual = counts[c, 0] + counts[c, 1] + counts[c, 2];
            return tp == 0 ? 0.0 : 2.0 * tp / (predicted + actual);
        }

        var correct = counts[0, 0] + counts[1, 1] + counts[2, 2];
        var f1 = new[] { F1(0), F1(1), F1(2) };
        var confusion = Enumerable.Range(0, 3).Select(a => (IReadOnlyList<int>)Enumerable.Range(0, 3).Select(p => counts[a, p]).ToArray()).ToArray();
        return new SentimentEvaluation(trainCount, pairs.Count, pairs.Count == 0 ? 0.0 : correct / (double)pairs.Count, f1.Average(), f1[0], f1[1], f1[2], confusion);
    }
}
