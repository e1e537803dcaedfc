namespace Benchmarking.Engine.Text;

/// <summary>One canned reply of a brand: a group of identical or near-identical normalised replies.</summary>
/// <param name="TemplateHash">Hash of the group's most used normalised text.</param>
/// <param name="Text">That normalised text (no handles, URLs, numbers or sign-off).</param>
/// <param name="Count">Replies in the group in the period.</param>
/// <param name="Variants">Distinct normalised texts in the group (1 = exact copies only).</param>
/// <param name="ExamplePostIds">The earliest few replies of the group.</param>
public sealed record TemplateUsage(string TemplateHash, string Text, long Count, int Variants, IReadOnlyList<string> ExamplePostIds);
