namespace Benchmarking.Engine.Findings;

/// <summary>A data-quality finding, rendered in every report. Data problems are data, never silently dropped rows.</summary>
/// <param name="Severity">How much it matters.</param>
/// <param name="RuleId">Stable id of the rule, e.g. <c>reply-before-mention</c>.</param>
/// <param name="BrandId">The brand concerned, or null for the whole data set.</param>
/// <param name="Count">How many posts or rows are concerned.</param>
/// <param name="Message">What was found and what it means; never contains post text.</param>
public sealed record Finding(FindingSeverity Severity, string RuleId, string? BrandId, long Count, string Message);
