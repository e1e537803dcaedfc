namespace Benchmarking.Reports.Tests.Support;

/// <summary>Locates the repository from the test assembly (allowed in tests only; product code never does this).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Benchmarking.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains Benchmarking.sln.");
    });

    /// <summary>The folder containing <c>Benchmarking.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>Golden files of this test project.</summary>
    public static string Snapshots => Path.Combine(RootPath.Value, "tests", "Benchmarking.Reports.Tests", "Snapshots");
}
