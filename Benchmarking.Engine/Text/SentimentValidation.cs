using System.Text.Json.Serialization;

namespace Benchmarking.Engine.Text;

/// <summary>
/// The confusion matrix of a sentiment model on one labelled set it never trained on, stored in the model file so that
/// reports can state the model's validated accuracy and <see cref="ShareEstimator"/> can correct class shares for it.
/// </summary>
/// <param name="Set">Name of the labelled set, e.g. <c>airline-held-out</c> or <c>semeval-2017-test</c>.</param>
/// <param name="InDomain">True when the set comes from the domain the model mostly trained on (customer care).</param>
/// <param name="Confusion">Counts [label, predicted] in the order negative, neutral, positive.</param>
public sealed record SentimentValidation(
    [property: JsonPropertyName("set")] string Set,
    [property: JsonPropertyName("inDomain")] bool InDomain,
    [property: JsonPropertyName("confusion")] IReadOnlyList<IReadOnlyList<int>> Confusion)
{
    /// <summary>Posts in the set.</summary>
    [JsonIgnore]
    public int Count => Confusion.Sum(row => row.Sum());

    /// <summary>Share of posts whose predicted class is the label.</summary>
    [JsonIgnore]
    public double Accuracy => Count == 0 ? 0.0 : (Confusion[0][0] + Confusion[1][1] + Confusion[2][2]) / (double)Count;
}
