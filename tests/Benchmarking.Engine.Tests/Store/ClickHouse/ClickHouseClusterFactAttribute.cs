using System.Diagnostics;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Store.ClickHouse;

/// <summary>
/// A fact that stops and restarts a shard of the loopback test cluster with <c>.ci/clickhouse-cluster</c>: it needs
/// <c>CAREBENCH_TEST_CLICKHOUSE</c> and the cluster's folder in <c>CAREBENCH_TEST_CLICKHOUSE_DIR</c>; skipped, with the
/// reason, otherwise.
/// </summary>
public sealed class ClickHouseClusterFactAttribute : FactAttribute
{
    /// <summary>The environment variable naming the folder the cluster script started the servers in.</summary>
    public const string DirectoryVariable = "CAREBENCH_TEST_CLICKHOUSE_DIR";

    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no script-started test cluster is configured.</summary>
    public ClickHouseClusterFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ClickHouseFactAttribute.Variable))
            || string.IsNullOrEmpty(Environment.GetEnvironmentVariable(DirectoryVariable)))
        {
            Skip = $"{ClickHouseFactAttribute.Variable} and {DirectoryVariable} are not both set: no script-started cluster whose shard this test may stop (.ci/run sets both).";
        }
    }

    /// <summary>Runs <c>.ci/clickhouse-cluster ACTION DIR ARG</c> and fails the test if it fails.</summary>
    public static void Script(string action, string argument)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(TestPaths.RepoRoot, ".ci", "clickhouse-cluster"), action, Environment.GetEnvironmentVariable(DirectoryVariable)!, argument })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"clickhouse-cluster {action} {argument} failed: {errors}");
    }
}
