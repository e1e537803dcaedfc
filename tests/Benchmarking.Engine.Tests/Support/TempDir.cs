namespace Benchmarking.Engine.Tests.Support;

/// <summary>A fresh, uniquely named folder under the system temp folder, deleted (best effort) on dispose.</summary>
public sealed class TempDir : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "carebench-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>Absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>The absolute path of <paramref name="name"/> inside the folder (the file is not created).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still held open (e.g. by a native DuckDB handle) must not fail the test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
