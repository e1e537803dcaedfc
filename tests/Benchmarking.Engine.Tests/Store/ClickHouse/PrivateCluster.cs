using System.Diagnostics;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Store.ClickHouse;

/// <summary>
/// A two-shard loopback cluster of its own, started with <c>.ci/clickhouse-cluster</c> on ports apart from the shared
/// test cluster's, for a test that stops a shard: stopping a shard of the shared cluster would fail the tests of the
/// other assemblies that run at the same time. Stopped by its PIDs on dispose.
/// </summary>
internal sealed class PrivateCluster : IDisposable
{
    // HTTP 18223/18224, TCP 19100/19101: apart from the shared cluster's 18123/18124 and 19000/19001.
    private const string PortBase = "18223";

    private readonly TempDir dir = new();

    public PrivateCluster()
    {
        try
        {
            Url = Script("start").Trim();
        }
        catch
        {
            dir.Dispose();
            throw;
        }
    }

    /// <summary>The cluster's store URL, as the script prints it.</summary>
    public string Url { get; }

    public void StopShard(int shard) => Script("stop-shard", shard.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void StartShard(int shard) => Script("start-shard", shard.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Dispose()
    {
        try
        {
            Script("stop");
        }
        finally
        {
            dir.Dispose();
        }
    }

    private string Script(string action, string? argument = null)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(TestPaths.RepoRoot, ".ci", "clickhouse-cluster"));
        start.ArgumentList.Add(action);
        start.ArgumentList.Add(dir.Path);
        if (argument is not null)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CAREBENCH_CH_PORT_BASE"] = PortBase;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"clickhouse-cluster {action} {argument} failed: {errors.Result}");
        return output;
    }
}
