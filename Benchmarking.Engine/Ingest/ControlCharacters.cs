using System.Globalization;
using System.Text;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// Makes input values safe to print: control characters (NUL, escape, carriage return, …) and bidirectional overrides
/// become visible <c>\uXXXX</c> escapes, so a crafted field can never clear a terminal, set its title or reorder what a
/// reader sees, in the console or in a rejects file opened in an editor.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Whether <paramref name="c"/> is replaced by <see cref="Escape"/>.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u200E' or '\u200F' or '\u061C';

    /// <summary><paramref name="value"/> with every unsafe character written as <c>\uXXXX</c>; the same string when there is none.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.AsSpan().ContainsAny(Unsafe))
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (IsUnsafe(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x2070).Select(i => (char)i).Where(IsUnsafe).ToArray());
}
