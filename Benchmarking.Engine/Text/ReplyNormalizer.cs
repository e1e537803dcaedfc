using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Reduces a brand reply to its template: HTML entities decoded, URLs, @handles and the agent sign-off (rules file)
/// removed, a greeting's name dropped (<c>Hi Sreejit,</c> → <c>hi</c>), lower case, every number → <c>#</c>, punctuation
/// and emoji removed, whitespace collapsed. Two replies with the same normalised text are the same template.
/// </summary>
internal sealed partial class ReplyNormalizer(TextRules rules)
{
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Replace("&amp;", "&", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal);
        // Each pattern needs a literal ("http", '@', '/') that most replies lack: a scan for it is far cheaper than the regex.
        s = s.Contains("http", StringComparison.Ordinal) ? Url().Replace(s, " ") : s;
        s = s.Contains('@', StringComparison.Ordinal) ? Handle().Replace(s, " ") : s;
        s = (s.Contains('/', StringComparison.Ordinal) ? PartMarker().Replace(s, " ") : s).TrimEnd();
        s = rules.SignOff.Replace(s, string.Empty);
        s = Greeting().Replace(s, "$1 ");
        // Every input character gives at most one output character (a digit run one '#', a run of separators one
        // space before the next word), so a buffer as long as the input holds the result.
        char[]? rented = null;
        var buffer = s.Length <= 512 ? stackalloc char[s.Length] : (rented = ArrayPool<char>.Shared.Rent(s.Length));
        var length = 0;
        var space = false;
        var digit = false;
        foreach (var raw in s)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsDigit(c))
            {
                if (!digit)
                {
                    AppendSpaceIfNeeded(buffer);
                    buffer[length++] = '#';
                }

                digit = true;
                continue;
            }

            digit = false;
            if (char.IsLetter(c) || c == '\'')
            {
                if (c == '\'')
                {
                    continue;
                }

                AppendSpaceIfNeeded(buffer);
                buffer[length++] = c;
            }
            else
            {
                space = length > 0;
            }
        }

        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        while (result.Contains("# #", StringComparison.Ordinal))
        {
            result = result.Replace("# #", "#", StringComparison.Ordinal);
        }

        return result;

        void AppendSpaceIfNeeded(Span<char> into)
        {
            if (space)
            {
                into[length++] = ' ';
                space = false;
            }
        }
    }

    /// <summary>The template id: the first 16 hex digits of SHA-256 of the normalised text.</summary>
    public static string Hash(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var length = Encoding.UTF8.GetMaxByteCount(normalized.Length);
        byte[]? rented = null;
        var bytes = length <= 1024 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length));
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(normalized, bytes)], digest);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        // 16 hex digits = the first 8 bytes.
        return Convert.ToHexStringLower(digest[..8]);
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"@[A-Za-z0-9_]+", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"\(?\b\d/\d\)?\s*$|^\s*\(?\d/\d\)?", RegexOptions.CultureInvariant)]
    private static partial Regex PartMarker();

    [GeneratedRegex(@"^\s*(hi|hey|hello|dear|thanks|thank you)\s+[A-Z][A-Za-z'\-]{1,20}\s*([,!.:]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();
}
