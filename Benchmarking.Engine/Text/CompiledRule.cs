using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Text;

/// <summary>A rule with its patterns compiled into one alternation (and one for the exceptions).</summary>
internal sealed class CompiledRule(string kind, Regex match, Regex? unless)
{
    public string Kind { get; } = kind;

    public bool IsMatch(string text) => match.IsMatch(text) && (unless is null || !unless.IsMatch(text));
}
