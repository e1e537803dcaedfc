using Microsoft.ML.Data;

namespace Benchmarking.Engine.Text;

/// <summary>ML.NET training row: the post's <see cref="SentimentFeaturizer"/> vector, the label name and the example weight.</summary>
internal sealed class SentimentRow
{
    public VBuffer<float> Features { get; set; }

    public string Label { get; set; } = string.Empty;

    public float Weight { get; set; } = 1f;
}
