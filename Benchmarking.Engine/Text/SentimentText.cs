using System.Text;
using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Text;

/// <summary>
/// The text the sentiment model sees, identical in training and scoring: HTML entities decoded, URLs replaced by
/// <c>url</c> and @handles by <c>@user</c> (so the model learns words, not airline names or customer ids), whitespace
/// collapsed. Case is folded by the featurizer.
/// </summary>
internal static partial class SentimentText
{
    public static string Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decoded = text.Contains('&', StringComparison.Ordinal)
            ? text.Replace("&amp;", "&", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal)
            : text;
        var withoutUrls = Url().Replace(decoded, " url ");
        var withoutHandles = Handle().Replace(withoutUrls, "@user");
        return Collapse(withoutHandles);
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"@[A-Za-z0-9_]+", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();
}
