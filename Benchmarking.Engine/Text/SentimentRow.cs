namespace Benchmarking.Engine.Text;

/// <summary>ML.NET input row: the prepared text and, in training, the label name and the example weight.</summary>
internal sealed class SentimentRow
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public float Weight { get; set; } = 1f;
}
