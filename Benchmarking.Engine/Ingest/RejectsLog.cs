namespace Benchmarking.Engine.Ingest;

/// <summary>
/// The rejections of one ingest: counted in total and per reason, the first few kept for printing, every one written
/// to a temporary rejects file that <see cref="Keep"/> puts in place once the ingest committed (or removes, with any
/// earlier one, when nothing was rejected) and <see cref="Abandon"/> deletes when it failed.
/// </summary>
internal sealed class RejectsLog : IDisposable
{
    private const int MaxKept = 20;

    private readonly string path;
    private readonly string temporary;
    private readonly RejectsWriter writer;
    private readonly Dictionary<RejectReason, long> byReason = [];
    private readonly List<RejectedRow> first = [];

    public RejectsLog(string path)
    {
        this.path = path;
        temporary = path + ".tmp";
        writer = new RejectsWriter(temporary);
    }

    /// <summary>Rows rejected so far.</summary>
    public long Count { get; private set; }

    /// <summary>Rejected counts per reason.</summary>
    public IReadOnlyDictionary<RejectReason, long> ByReason => byReason;

    /// <summary>The first rejections, for printing.</summary>
    public IReadOnlyList<RejectedRow> First => first;

    public void Add(RejectedRow row)
    {
        Count++;
        byReason[row.Reason] = byReason.GetValueOrDefault(row.Reason) + 1;
        if (first.Count < MaxKept)
        {
            first.Add(row);
        }

        writer.Write(row);
    }

    /// <summary>After the commit: the rejects file in place, or none (an earlier one removed); returns its path or null.</summary>
    public string? Keep()
    {
        writer.Dispose();
        if (Count > 0)
        {
            File.Move(temporary, path, overwrite: true);
            return path;
        }

        File.Delete(temporary);
        File.Delete(path);
        return null;
    }

    /// <summary>After a failure: the temporary file deleted, the earlier rejects file (if any) left as it was.</summary>
    public void Abandon()
    {
        try
        {
            writer.Dispose();
        }
        catch (IOException)
        {
            // Its unflushed end does not matter: the file is deleted next.
        }

        File.Delete(temporary);
    }

    public void Dispose() => writer.Dispose();
}
