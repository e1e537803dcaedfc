namespace Benchmarking.Engine.Scoring;

/// <summary>
/// The clock response times are measured on for the care score (methodology v4). Both clocks are always reported; this
/// chooses which one the score, the ranks and the bootstrap use.
/// </summary>
public enum ResponseClock
{
    /// <summary>Elapsed time, as before v4 (the default: brands with no declared hours stay comparable).</summary>
    Wall,

    /// <summary>Only the brand's open support hours count (<see cref="Registry.SupportHours"/>).</summary>
    Business,
}
