namespace Benchmarking.Engine.Text;

/// <summary>
/// How the <c>complaint</c> intent (shipped rules and model) did on human complaint labels: the confusion matrix
/// [label, detected] (not complaint first) on the held-out half (tweet-id hash 50–99: 976 tweets; the other half chose
/// <see cref="TextAnalyzer.QuestionComplaintPolarity"/>) of the 1,974 brand-addressed tweets of the complaints set of Preoţiuc-Pietro,
/// Gaman and Aletras (2019), as printed by <c>carebench evaluate intent</c> (<c>docs/text-quality.md</c> § Evaluation).
/// The set carries no licence and is not shipped, so the matrix is recorded here; a test re-derives it when the file is
/// given (<c>CAREBENCH_COMPLAINTS_CSV</c>). Change it with the rules or the model.
/// </summary>
public static class ComplaintValidation
{
    /// <summary>Name of the set.</summary>
    public const string Set = "complaints-2019-nine-industries-held-out-half";

    /// <summary>[label, detected]: not complaint 290 / 70, complaint 143 / 473.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<int>> Confusion = [[290, 70], [143, 473]];

    /// <summary>Detected complaints that are complaints.</summary>
    public static double Precision => Confusion[1][1] / (double)(Confusion[1][1] + Confusion[0][1]);

    /// <summary>Complaints detected.</summary>
    public static double Recall => Confusion[1][1] / (double)(Confusion[1][1] + Confusion[1][0]);
}
