namespace Benchmarking.Engine.Simulation;

/// <summary>The three files one simulation writes, side by side.</summary>
/// <param name="Csv">The TWCS-format posts, e.g. <c>generated.csv</c>.</param>
/// <param name="Truth">Ground truth per brand, <c>generated.truth.csv</c> (see <see cref="TruthFile"/>).</param>
/// <param name="Registry">Brand registry of the simulated brands, <c>generated.brands.json</c>.</param>
public sealed record SimulationFiles(string Csv, string Truth, string Registry)
{
    /// <summary>The truth and registry paths next to a CSV path: its name without <c>.csv</c> plus <c>.truth.csv</c> and <c>.brands.json</c>.</summary>
    public static SimulationFiles For(string csvPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(csvPath);
        var stem = csvPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? csvPath[..^4] : csvPath;
        return new SimulationFiles(csvPath, stem + ".truth.csv", stem + ".brands.json");
    }
}
