namespace Benchmarking.Engine.Tests.Support;

/// <summary>
/// Absolute paths to the repository and the shared reference data, found from the test assembly's location by walking
/// up to the folder holding <c>Benchmarking.sln</c> (never a fixed number of <c>..</c> segments).
/// </summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The repository root: the folder that holds <c>Benchmarking.sln</c>.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The shipped brand registry, <c>data/brands.json</c>.</summary>
    public static string BrandsJson => Path.Combine(RepoRoot, "data", "brands.json");

    /// <summary>A file or folder under <c>&lt;repo root&gt;/../shared/data</c>, e.g. <c>SharedData("twcs-head-5000", "twcs.csv")</c>.</summary>
    public static string SharedData(params string[] parts) =>
        Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", "data", .. parts]));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Benchmarking.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder holding Benchmarking.sln above '{AppContext.BaseDirectory}'.");
    }
}
