namespace Benchmarking.Reports.Charts;

/// <summary>The three headline figures every peer leads with, as drawn against the industry.</summary>
internal enum HeadlineFigure
{
    /// <summary>Care score, 0–100.</summary>
    Score,

    /// <summary>Response rate, 0–100%.</summary>
    ResponseRate,

    /// <summary>Median first-response time, on a log time axis.</summary>
    MedianResponse,
}
