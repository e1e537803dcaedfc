using System.Text;
using Benchmarking.Engine.Simulation;

namespace Benchmarking.Engine.Tests.Simulation;

/// <summary>Small simulations for tests: options and in-memory generation.</summary>
internal static class Simulated
{
    /// <summary>A small, fast simulation; override what the test is about.</summary>
    public static SimulationOptions Options(long posts = 5_000, int brands = 4, int seed = 11, double dirt = 0) =>
        new() { Posts = posts, Brands = brands, Seed = seed, Days = 10, DirtRate = dirt };

    /// <summary>Generates to a string (header included) and returns it with the ground truth.</summary>
    public static (string Csv, SimulationResult Result) Generate(SimulationOptions options)
    {
        using var writer = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var result = new TwcsSimulator(options).Write(writer);
        return (writer.ToString(), result);
    }

    /// <summary>Writes the three files into <paramref name="folder"/> as <c>sim.csv</c>, <c>sim.truth.csv</c> and <c>sim.brands.json</c>.</summary>
    public static (SimulationFiles Files, SimulationResult Result) WriteFiles(string folder, SimulationOptions options)
    {
        var files = SimulationFiles.For(Path.Combine(folder, "sim.csv"));
        return (files, new TwcsSimulator(options).WriteFiles(files));
    }
}
