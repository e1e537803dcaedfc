using System.Globalization;

namespace Benchmarking.Engine.Store;

/// <summary>
/// The spreadsheet-rounding check of a CSV ingest, counted while the stored ids stream by (both backends): a warning when
/// at least one in twenty of the numeric ids longer than 15 digits (a spreadsheet number's precision) has only zeros
/// after the 15th, as Excel writes <c>123456789012345678</c> once it has held it as a number. Real ids end that way about
/// once in a thousand, so a single case among many ids stays quiet while a re-saved file, or a lone rounded id, is named.
/// </summary>
internal sealed class RoundedIds
{
    private long longIds;
    private long rounded;
    private long firstLine;

    public void Add(string id, long line)
    {
        if (id.Length <= 15 || !id.All(char.IsAsciiDigit))
        {
            return;
        }

        longIds++;
        if (id.AsSpan(15).TrimStart('0').IsEmpty)
        {
            if (rounded++ == 0)
            {
                firstLine = line;
            }
        }
    }

    public string? Warning(string file) => rounded == 0 || rounded * 20 < longIds ? null : string.Create(CultureInfo.InvariantCulture,
        $"{file}: {rounded} of {longIds} ids longer than 15 digits end in zeros after the 15th digit (first on line {firstLine}), as a spreadsheet writes ids it rounded; they were stored, but replies may attach to the wrong posts. Re-export the file from its source without opening it in a spreadsheet.");
}
