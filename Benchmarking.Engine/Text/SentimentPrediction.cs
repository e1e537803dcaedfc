using Microsoft.ML.Data;

namespace Benchmarking.Engine.Text;

/// <summary>ML.NET output row: class probabilities in label-name order (negative, neutral, positive).</summary>
internal sealed class SentimentPrediction
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
