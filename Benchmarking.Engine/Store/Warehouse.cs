using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Store;

internal sealed class Warehouse : IDisposable
{
    public string Path { get; } = string.Empty;
    public static Warehouse Open(string path) => throw new NotImplementedException(path);
    public void ApplyRegistry(BrandRegistry registry) => throw new NotImplementedException();
    public IngestSummary Ingest(string file, BrandRegistry registry, IngestOptions options, TimeProvider time, IProgress<IngestProgress>? progress, CancellationToken cancellationToken) => throw new NotImplementedException();
    public StoreTotals Totals() => throw new NotImplementedException();
    public void Dispose() { }
}
