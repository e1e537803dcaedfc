namespace Benchmarking.Reports.Tables;

/// <summary>One tile of the executive summary: a headline figure this week, how it changed and where the industry stands.</summary>
/// <remarks>Public only because Razor components are always public and take it as a parameter.</remarks>
/// <param name="Label">The figure, e.g. <c>Care score</c>.</param>
/// <param name="Value">This week's value, e.g. <c>79.8</c>.</param>
/// <param name="Detail">Its interval or the count behind it, e.g. <c>95% interval 75.2–85.2</c>; empty when none.</param>
/// <param name="Changes">The change against last week and against the trailing weeks, each with what the data allow.</param>
/// <param name="Industry">The industry's median and quartiles, e.g. <c>airlines median 73.5 [59.4–79.8]</c>; empty when none.</param>
public sealed record KpiTile(string Label, string Value, string Detail, IReadOnlyList<string> Changes, string Industry);
