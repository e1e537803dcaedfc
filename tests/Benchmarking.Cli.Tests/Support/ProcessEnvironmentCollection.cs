namespace Benchmarking.Cli.Tests.Support;

/// <summary>Tests that change the process environment: run after the parallel tests, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}
