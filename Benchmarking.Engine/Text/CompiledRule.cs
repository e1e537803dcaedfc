using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Text;

/// <summary>A rule with its patterns compiled into one alternation (and one for the exceptions).</summary>
internal sealed class CompiledRule(string kind, Regex match, Regex? unless)
{
    public string Kind { get; } = kind;

    public bool IsMatch(string text) => IsMatch(text, 0);

    /// <summary>
    /// <see cref="IsMatch(string)"/> when no match of the rule's patterns can start before <paramref name="from"/>: the
    /// patterns are searched from there (anchors and <c>\b</c> still see the text before it); the exceptions, which
    /// may match anywhere, over the whole text.
    /// </summary>
    public bool IsMatch(string text, int from) => match.IsMatch(text.AsSpan(), from) && (unless is null || !unless.IsMatch(text));
}
