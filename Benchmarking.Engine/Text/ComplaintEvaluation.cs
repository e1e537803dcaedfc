namespace Benchmarking.Engine.Text;

/// <summary>How the <c>complaint</c> intent does against human complaint / not-complaint labels.</summary>
/// <param name="TestCount">Labelled posts evaluated.</param>
/// <param name="TruePositives">Complaints detected as complaints.</param>
/// <param name="FalsePositives">Non-complaints detected as complaints.</param>
/// <param name="FalseNegatives">Complaints missed.</param>
/// <param name="TrueNegatives">Non-complaints not detected.</param>
/// <param name="QuestionComplaints">Complaints that also carry the question intent (complaints phrased as questions).</param>
public sealed record ComplaintEvaluation(int TestCount, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, int QuestionComplaints)
{
    /// <summary>Detected complaints that are complaints.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

    /// <summary>Complaints detected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);

    /// <summary>2PR/(P+R).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Posts classified correctly.</summary>
    public double Accuracy => TestCount == 0 ? 0 : (TruePositives + TrueNegatives) / (double)TestCount;

    /// <summary>Share of posts labelled complaints.</summary>
    public double TrueShare => TestCount == 0 ? 0 : (TruePositives + FalseNegatives) / (double)TestCount;

    /// <summary>Share of posts detected as complaints (classify and count).</summary>
    public double PredictedShare => TestCount == 0 ? 0 : (TruePositives + FalsePositives) / (double)TestCount;

    /// <summary>The 2 × 2 confusion matrix [label, predicted], not complaint first, for <see cref="ShareEstimator"/>.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Confusion => [[TrueNegatives, FalsePositives], [FalseNegatives, TruePositives]];

    /// <summary>Computes the figures from (label, detected, also a question) triples.</summary>
    internal static ComplaintEvaluation From(IReadOnlyList<(bool Actual, bool Detected, bool Question)> rows) => new(
        rows.Count,
        rows.Count(r => r.Actual && r.Detected),
        rows.Count(r => !r.Actual && r.Detected),
        rows.Count(r => r.Actual && !r.Detected),
        rows.Count(r => !r.Actual && !r.Detected),
        rows.Count(r => r.Actual && r.Detected && r.Question));
}
