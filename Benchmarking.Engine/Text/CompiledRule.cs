using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Text;

/// <summary>A rule with its patterns compiled into one alternation (and one for the exceptions).</summary>
internal sealed class CompiledRule(string kind, PrefilteredRegex match, Regex? unless)
{
    public string Kind { get; } = kind;

    /// <summary>The patterns, run only when their literal prefilter allows a match.</summary>
    public PrefilteredRegex Match { get; } = match;

    public bool IsMatch(string text) => Match.IsMatch(text) && (unless is null || !unless.IsMatch(text));

    /// <summary>The rule's definition without the prefilter: what <see cref="IsMatch"/> must always equal.</summary>
    public bool MatchesPatterns(string text) => Match.Regex.IsMatch(text) && (unless is null || !unless.IsMatch(text));
}
