namespace Benchmarking.Engine.Findings;

/// <summary>How much a data-quality finding matters to the figures.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing; figures are unaffected.</summary>
    Info,

    /// <summary>Figures may be biased; read them with care.</summary>
    Warning,

    /// <summary>Figures for the named brand are unreliable.</summary>
    Error,
}
