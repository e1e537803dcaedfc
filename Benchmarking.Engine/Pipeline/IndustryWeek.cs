using Benchmarking.Engine.History;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// One industry's mention volume in one ISO week: every mention of every brand of the industry posted that week (the
/// same mentions as <see cref="WeeklyFigures.Mentions"/>), the denominator of a brand's share of voice.
/// </summary>
/// <param name="Industry">The industry.</param>
/// <param name="Week">The ISO week (UTC).</param>
/// <param name="Mentions">Mentions of the industry's brands posted that week.</param>
/// <param name="Brands">Brands of the industry with at least one mention that week.</param>
public sealed record IndustryWeek(string Industry, IsoWeek Week, long Mentions, int Brands);
