using System.Reflection;
using System.Runtime.CompilerServices;
using Benchmarking.Engine.Pipeline;

namespace Benchmarking.Reports.Tests;

/// <summary>
/// The engine and the reports open their internals to their test projects only: the CLI and the benchmarks use the
/// documented public API (read from the compiled assemblies' <see cref="InternalsVisibleToAttribute"/>s).
/// </summary>
public sealed class InternalsVisibleToTests
{
    private static readonly string[] TestProjects = ["Benchmarking.Engine.Tests", "Benchmarking.Reports.Tests", "Benchmarking.Cli.Tests"];

    [Theory]
    [InlineData(typeof(CareBenchmark))]
    [InlineData(typeof(ReportWriter))]
    public void Are_granted_to_test_projects_only(Type inAssembly)
    {
        var assembly = inAssembly.Assembly;

        var grantees = assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName.Split(',')[0].Trim()).ToList();

        Assert.NotEmpty(grantees);
        Assert.All(grantees, name => Assert.Contains(name, TestProjects));
    }
}
