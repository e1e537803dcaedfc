namespace Benchmarking.Engine.Text;

/// <summary>The JSON shape of <c>data/text/rules.json</c>.</summary>
internal sealed record TextRulesFile(
    string? Version,
    IReadOnlyList<string>? SignOffs,
    IReadOnlyList<RuleDefinition>? Deflection,
    IReadOnlyList<RuleDefinition>? Hedging,
    IntentRuleDefinitions? Intent,
    IReadOnlyList<RuleDefinition>? Themes);
