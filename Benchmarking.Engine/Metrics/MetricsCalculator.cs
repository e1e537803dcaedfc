using Benchmarking.Engine.Store;

namespace Benchmarking.Engine.Metrics;

internal sealed class MetricsCalculator(Warehouse warehouse)
{
    public ComputedMetrics Compute(MetricsOptions options) => throw new NotImplementedException(warehouse.Path);
    public IReadOnlyList<ReplyLatency> ReplyLatencies(MetricsOptions options) => throw new NotImplementedException();
    public IReadOnlyDictionary<string, IReadOnlyList<double>> FirstResponseTimes(MetricsOptions options, IReadOnlyList<string> brandIds) => throw new NotImplementedException();
}
