namespace Benchmarking.Engine.Text;

/// <summary>One rule of <c>data/text/rules.json</c>: a kind assigned when any pattern matches and no unless-pattern does.</summary>
/// <param name="Kind">Stable id, e.g. <c>dm</c>, <c>empty-apology</c>, <c>delivery</c>.</param>
/// <param name="Patterns">.NET regular expressions (case-insensitive, non-backtracking).</param>
/// <param name="Unless">Patterns that cancel the kind when they match; may be absent.</param>
internal sealed record RuleDefinition(string Kind, IReadOnlyList<string> Patterns, IReadOnlyList<string>? Unless);
