namespace Benchmarking.Engine.Text;

/// <summary>The intent patterns of <c>data/text/rules.json</c>.</summary>
internal sealed record IntentRuleDefinitions(IReadOnlyList<string> Question, IReadOnlyList<string> Complaint, IReadOnlyList<string> Praise);
