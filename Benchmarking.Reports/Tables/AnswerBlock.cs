namespace Benchmarking.Reports.Tables;

/// <summary>
/// The answer at the top of a report, before any table: one sentence saying who leads, by how much and whether the data
/// support it, then the points behind it (drivers, each headline figure with its test or interval).
/// </summary>
/// <remarks>Public only because Razor components are always public and take it as a parameter.</remarks>
/// <param name="Lead">The headline sentence.</param>
/// <param name="Points">The sentences that back it, in reading order.</param>
public sealed record AnswerBlock(string Lead, IReadOnlyList<string> Points);
