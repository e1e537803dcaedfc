namespace Benchmarking.Reports.Charts;

/// <summary>Which weekly figure a trend chart plots.</summary>
internal enum TrendMeasure
{
    /// <summary>Response rate, 0–100%.</summary>
    ResponseRate,

    /// <summary>Median first-response time, on a log time axis.</summary>
    MedianResponse,

    /// <summary>Share of voice: the brand's share of its industry's mentions, 0–100%.</summary>
    ShareOfVoice,

    /// <summary>The estimated share of negative mentions, 0–100%.</summary>
    NegativeSentiment,
}
