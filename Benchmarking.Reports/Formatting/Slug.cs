using System.Text;

namespace Benchmarking.Reports.Formatting;

/// <summary>File-name-safe slugs: lower-case ASCII letters and digits separated by single hyphens.</summary>
internal static class Slug
{
    /// <summary>Longest slug produced; longer ones are cut at a hyphen boundary where possible.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// The slug of <paramref name="text"/>, e.g. <c>American Airlines</c> → <c>american-airlines</c>. Text without any ASCII
    /// letter or digit gives <paramref name="fallback"/>.
    /// </summary>
    public static string From(string text, string fallback = "unnamed")
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        var slug = builder.ToString();
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength].TrimEnd('-');
        }

        return slug;
    }
}
