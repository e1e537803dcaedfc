using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Benchmarking.Benchmarks;

/// <summary>
/// Every benchmark's mean as a multiple of <see cref="DuckDbReadBenchmarks.BareRead"/> at the same post count, measured
/// in the same run: the ratio the performance targets are stated in. BenchmarkDotNet's own <c>Ratio</c> compares only
/// within one job, and the benchmarks that need a fresh store per iteration run in another job (one invocation per
/// iteration). Empty when the bare read was filtered out.
/// </summary>
internal sealed class BareReadRatioColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(BareReadRatioColumn);

    /// <inheritdoc/>
    public string ColumnName => "× bare read";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Mean divided by the mean of DuckDB's bare read of the same generated file (DuckDbReadBenchmarks.BareRead)";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var posts = Posts(benchmarkCase);
        var bare = summary.BenchmarksCases
            .Where(c => c.Descriptor.Type == typeof(DuckDbReadBenchmarks)
                && c.Descriptor.WorkloadMethod.Name == nameof(DuckDbReadBenchmarks.BareRead)
                && Equals(Posts(c), posts))
            .Select(c => summary[c]?.ResultStatistics?.Mean)
            .FirstOrDefault(m => m is > 0);
        return summary[benchmarkCase]?.ResultStatistics?.Mean is { } mean && bare is { } floor
            ? (mean / floor).ToString("0.0", CultureInfo.InvariantCulture)
            : "-";
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static object? Posts(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Posts")?.Value;
}
