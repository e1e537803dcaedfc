namespace Benchmarking.Engine.Ingest;

/// <summary>
/// The physical lines of a text file, split at <c>\n</c> only (a <c>\r</c> stays in the line, so a lone carriage return
/// inside a field never splits a record), numbered from 1 and readable ahead of the current record: a CSV reader that
/// finds a broken quote looks at the following lines to find where the next record starts.
/// </summary>
/// <remarks>
/// Lines are spans of one buffer of decoded characters, not strings: a reader creates strings only for the values it
/// keeps. Only the lines from the oldest not yet discarded one onwards are kept, so memory stays bounded by the
/// look-ahead. A span returned by <see cref="TryGet"/> is valid until the next call of <see cref="TryGet"/> or
/// <see cref="DiscardBefore"/>, which may move the buffer.
/// </remarks>
internal sealed class PhysicalLines
{
    private const int ReadSize = 1 << 16;

    private readonly TextReader reader;
    private char[] buffer = new char[2 * ReadSize];

    // Kept lines, oldest first from index head: start offset in buffer and length (without the \n).
    private readonly List<(int Start, int Length)> kept = [];
    private int head;

    // buffer[scan..filled) holds decoded characters not yet split into lines.
    private int scan;
    private int filled;
    private bool ended;
    private long firstKept = 1;

    public PhysicalLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
    }

    /// <summary>Gets line <paramref name="number"/> (1-based, without its <c>\n</c>); false past the end of the file.</summary>
    public bool TryGet(long number, out ReadOnlySpan<char> line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, firstKept);
        while (number - firstKept >= kept.Count - head)
        {
            if (!ReadLine())
            {
                line = default;
                return false;
            }
        }

        var (start, length) = kept[head + (int)(number - firstKept)];
        line = buffer.AsSpan(start, length);
        return true;
    }

    /// <summary>Forgets the lines before <paramref name="number"/>; they can no longer be read.</summary>
    public void DiscardBefore(long number)
    {
        var count = (int)Math.Min(kept.Count - head, number - firstKept);
        if (count > 0)
        {
            head += count;
            firstKept += count;
            if (head == kept.Count || head >= 1024)
            {
                kept.RemoveRange(0, head);
                head = 0;
            }
        }
    }

    // Splits off the next line into kept; false at the end of the file.
    private bool ReadLine()
    {
        while (true)
        {
            var newline = buffer.AsSpan(scan, filled - scan).IndexOf('\n');
            if (newline >= 0)
            {
                kept.Add((scan, newline));
                scan += newline + 1;
                return true;
            }

            if (ended || !Fill())
            {
                // The characters after the last line feed, if any, are the last line.
                if (scan == filled)
                {
                    return false;
                }

                kept.Add((scan, filled - scan));
                scan = filled;
                return true;
            }
        }
    }

    // Moves the kept lines and the unsplit characters to the front, grows the buffer if they fill it, and decodes more.
    private bool Fill()
    {
        var from = kept.Count > head ? kept[head].Start : scan;
        if (from > 0)
        {
            buffer.AsSpan(from, filled - from).CopyTo(buffer);
            for (var i = head; i < kept.Count; i++)
            {
                kept[i] = (kept[i].Start - from, kept[i].Length);
            }

            scan -= from;
            filled -= from;
        }

        if (buffer.Length - filled < ReadSize)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, filled + ReadSize));
        }

        var read = reader.Read(buffer, filled, buffer.Length - filled);
        if (read == 0)
        {
            ended = true;
            return false;
        }

        filled += read;
        return true;
    }
}
