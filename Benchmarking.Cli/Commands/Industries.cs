using Benchmarking.Engine.Registry;

namespace Benchmarking.Cli.Commands;

/// <summary>Resolves an industry typed on the command line against the registry.</summary>
internal static class Industries
{
    /// <exception cref="UsageException">The industry is not in the registry; the message lists the valid ones.</exception>
    public static string Resolve(BrandRegistry registry, string typed)
    {
        var match = registry.Industries.FirstOrDefault(i => string.Equals(i, typed.Trim(), StringComparison.OrdinalIgnoreCase));
        return match ?? throw new UsageException($"Unknown industry '{typed}'. Valid industries: {string.Join(", ", registry.Industries)}.");
    }
}
