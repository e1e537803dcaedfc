namespace Benchmarking.Cli.Tests.Support;

/// <summary>
/// Golden-file assertions. A missing golden file is written and the test fails, asking for a review; a different
/// output fails with both versions so the change can be judged (delete the golden file to accept a new output).
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var normalised = Normalise(actual);
        var path = Path.Combine(RepoPaths.Snapshots, name);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(RepoPaths.Snapshots);
            File.WriteAllText(path, normalised);
            Assert.Fail($"Snapshot {path} did not exist and was written; review it, then run the tests again.");
        }

        var expected = Normalise(File.ReadAllText(path));
        if (expected != normalised)
        {
            Assert.Fail($"Output differs from snapshot {path}. If the change is intended, delete the file and run the tests again to rewrite it.\n--- expected ---\n{expected}\n--- actual ---\n{normalised}");
        }
    }

    /// <summary>LF line ends, no trailing whitespace (help text pads wrapped lines; editors trim golden files).</summary>
    private static string Normalise(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd()));
}
