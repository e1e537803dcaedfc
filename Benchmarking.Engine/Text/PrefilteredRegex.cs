using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Text;

/// <summary>A regular expression run only when its <see cref="LiteralPrefilter"/> allows a match: the same answers, cheaper.</summary>
internal sealed class PrefilteredRegex(Regex regex, LiteralPrefilter prefilter)
{
    /// <summary>The expression itself (what the prefilter is tested against).</summary>
    public Regex Regex { get; } = regex;

    public LiteralPrefilter Prefilter { get; } = prefilter;

    public bool IsMatch(ReadOnlySpan<char> text) => Prefilter.MayMatch(text) && Regex.IsMatch(text);

    /// <summary><paramref name="text"/> with every match replaced (the same string when nothing matches).</summary>
    public string Replace(string text, string replacement) => Prefilter.MayMatch(text) ? Regex.Replace(text, replacement) : text;
}
