namespace Benchmarking.Reports.Output;

/// <summary>The paper a PDF report is printed on (<c>--paper</c>).</summary>
public enum PaperSize
{
    /// <summary>ISO A4, 210 × 297 mm (the default).</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}
