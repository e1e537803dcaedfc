using System.Text;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// The physical lines of a text file, split at <c>\n</c> only (a <c>\r</c> stays in the line, so a lone carriage return
/// inside a field never splits a record), numbered from 1 and readable ahead of the current record: a CSV reader that
/// finds a broken quote looks at the following lines to find where the next record starts.
/// </summary>
/// <remarks>Only the lines from the oldest not yet discarded one onwards are kept, so memory stays bounded by the look-ahead.</remarks>
internal sealed class PhysicalLines
{
    private readonly TextReader reader;
    private readonly char[] buffer = new char[1 << 16];
    private readonly List<string> kept = [];
    private int start;
    private int end;
    private bool ended;
    private long firstKept = 1;

    public PhysicalLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
    }

    /// <summary>Gets line <paramref name="number"/> (1-based, without its <c>\n</c>); false past the end of the file.</summary>
    public bool TryGet(long number, out string line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, firstKept);
        while (number - firstKept >= kept.Count)
        {
            if (ReadLine() is not { } next)
            {
                line = string.Empty;
                return false;
            }

            kept.Add(next);
        }

        line = kept[(int)(number - firstKept)];
        return true;
    }

    /// <summary>Forgets the lines before <paramref name="number"/>; they can no longer be read.</summary>
    public void DiscardBefore(long number)
    {
        var count = (int)Math.Min(kept.Count, number - firstKept);
        if (count > 0)
        {
            kept.RemoveRange(0, count);
            firstKept += count;
        }
    }

    private string? ReadLine()
    {
        StringBuilder? carry = null;
        while (true)
        {
            if (start == end)
            {
                if (ended)
                {
                    return carry?.ToString();
                }

                start = 0;
                end = reader.Read(buffer, 0, buffer.Length);
                if (end == 0)
                {
                    ended = true;
                    return carry?.ToString();
                }
            }

            var span = buffer.AsSpan(start, end - start);
            var newline = span.IndexOf('\n');
            if (newline >= 0)
            {
                start += newline + 1;
                return carry is null ? new string(span[..newline]) : carry.Append(span[..newline]).ToString();
            }

            (carry ??= new StringBuilder()).Append(span);
            start = end;
        }
    }
}
