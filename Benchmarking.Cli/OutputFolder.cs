namespace Benchmarking.Cli;

/// <summary>Checks that a command can write its reports before it spends minutes computing them.</summary>
internal static class OutputFolder
{
    /// <summary>Creates <paramref name="folder"/> if needed and writes and deletes a probe file in it.</summary>
    /// <exception cref="OutputNotWritableException">The folder cannot be created or written (read-only, permissions, full disk).</exception>
    public static void EnsureWritable(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var probe = Path.Combine(folder, $".carebench-write-check-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(probe, [0]);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputNotWritableException(
                $"Cannot write to the output folder '{folder}' ({e.Message.Split('\n', 2)[0].Trim()}). Nothing was computed. Pass a writable folder with --out, or fix its permissions or free space.", e);
        }
    }
}
