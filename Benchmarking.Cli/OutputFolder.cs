namespace Benchmarking.Cli;

/// <summary>Checks that a command can write its reports before it spends minutes computing them.</summary>
internal static class OutputFolder
{
    /// <summary>
    /// Writes and deletes a probe file in <paramref name="folder"/>, or, when it does not exist yet, in the nearest
    /// folder above it (which is where it would be created): nothing is left behind either way.
    /// </summary>
    /// <exception cref="OutputNotWritableException">The folder cannot be written (read-only, permissions, full disk).</exception>
    public static void EnsureWritable(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var existing = new DirectoryInfo(Path.GetFullPath(folder));
        while (!existing.Exists && existing.Parent is not null)
        {
            if (File.Exists(existing.FullName))
            {
                throw new OutputNotWritableException($"Cannot write to the output folder '{folder}': '{existing.FullName}' is a file. Nothing was computed. Pass a folder with --out.");
            }

            existing = existing.Parent;
        }

        var probe = Path.Combine(existing.FullName, $".carebench-write-check-{Environment.ProcessId}");
        try
        {
            File.WriteAllBytes(probe, [0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputNotWritableException(
                $"Cannot write to the output folder '{folder}' ({e.Message.Split('\n', 2)[0].Trim()}). Nothing was computed. Pass a writable folder with --out, or fix its permissions or free space.", e);
        }
        finally
        {
            // A full disk can create the probe and then refuse its byte: remove it either way.
            try
            {
                File.Delete(probe);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing was created, or the folder refuses deletes as well: nothing to clean up that we can.
            }
        }
    }
}
