using System.Text.Json.Serialization;

namespace Benchmarking.Engine.Text;

/// <summary>The <c>model.json</c> entry of a sentiment model file (see <see cref="SentimentModel"/>).</summary>
/// <param name="Format">Always <c>carebench-sentiment</c>.</param>
/// <param name="FormatVersion">Version of the file layout (2).</param>
/// <param name="Featurizer">The <see cref="SentimentFeaturizer.Spec"/> the weights were trained on.</param>
/// <param name="Bits">Feature vector length is 2^bits.</param>
/// <param name="Classes">Class names in score order.</param>
/// <param name="Buckets">Records in <c>weights.bin</c>.</param>
/// <param name="Validation">Confusion matrices on the evaluation sets at training time (may be empty).</param>
internal sealed record SentimentModelHeader(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("formatVersion")] int FormatVersion,
    [property: JsonPropertyName("featurizer")] string Featurizer,
    [property: JsonPropertyName("bits")] int Bits,
    [property: JsonPropertyName("classes")] IReadOnlyList<string> Classes,
    [property: JsonPropertyName("buckets")] int Buckets,
    [property: JsonPropertyName("validation")] IReadOnlyList<SentimentValidation>? Validation);
