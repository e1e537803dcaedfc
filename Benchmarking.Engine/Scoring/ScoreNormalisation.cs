namespace Benchmarking.Engine.Scoring;

/// <summary>How a component's raw figure becomes 0–100.</summary>
public enum ScoreNormalisation
{
    /// <summary>
    /// Against fixed expectation curves (e.g. 100 at a 15-minute median): comparable across industries and weeks.
    /// </summary>
    Absolute,

    /// <summary>
    /// Percentile of the raw figure among the eligible brands of the same industry and period (mid-rank: brands below
    /// plus half the ties, over the peers): says who leads, not how good the industry is.
    /// </summary>
    Relative,
}
