namespace Benchmarking.Reports.Exports;

/// <summary>Which table an export holds (see <c>docs/exports.md</c> for their columns).</summary>
public enum ExportTableKind
{
    /// <summary>One row per brand with mentions: metrics, intervals, component scores, care score, rank.</summary>
    Brands,

    /// <summary>One row per brand: industry, rank, score, eligibility.</summary>
    Rankings,

    /// <summary>One row per inbound mention and brand addressed, with a pseudonymised customer.</summary>
    Mentions,
}
