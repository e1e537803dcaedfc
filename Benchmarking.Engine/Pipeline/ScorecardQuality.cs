using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// A scorecard's care quality from the text (<c>docs/text-quality.md</c>): the brand's figures for the reported week and
/// the week before, from the stored text features, with customers pseudonymised as the scorecard says.
/// </summary>
/// <param name="ThisWeek">The reported week; null when the brand has no mention or reply in it.</param>
/// <param name="LastWeek">The week before; null when its text is not analysed or the brand has no mention or reply in it.</param>
public sealed record ScorecardQuality(BrandQuality? ThisWeek, BrandQuality? LastWeek);
