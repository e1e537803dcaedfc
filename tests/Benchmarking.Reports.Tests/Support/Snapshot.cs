namespace Benchmarking.Reports.Tests.Support;

/// <summary>
/// Golden-file assertions, compared byte for byte (the Snapshots folder's .gitattributes keeps LF endings). A missing
/// golden file is written and the test fails, asking for a review; a different output fails with both versions (delete
/// the golden file to accept a new output).
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(RepoPaths.Snapshots, name);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(RepoPaths.Snapshots);
            File.WriteAllText(path, actual);
            Assert.Fail($"Snapshot {path} did not exist and was written; review it, commit it, then run the tests again.");
        }

        var expected = File.ReadAllText(path);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"Output differs from snapshot {path}. If the change is intended, delete the file and run the tests again to rewrite it.\n--- expected ---\n{expected}\n--- actual ---\n{actual}");
        }
    }
}
