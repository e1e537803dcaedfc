namespace Benchmarking.Engine.History;

/// <summary>How a brand's eligibility for ranking changed from the previous week to this one.</summary>
public enum EligibilityChange
{
    /// <summary>Ranked in both weeks, or in neither.</summary>
    Unchanged,

    /// <summary>Ranked this week, not ranked (or without mentions) the previous week.</summary>
    Entered,

    /// <summary>Ranked the previous week, not ranked (or without mentions) this week.</summary>
    Left,
}
