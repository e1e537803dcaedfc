namespace Benchmarking.Engine.Ranking;

/// <summary>
/// One industry's ranking. Eligible brands are ordered by score (descending), then answered mentions (descending: more
/// evidence first), then brand id (ordinal), so the order never depends on input order.
/// </summary>
/// <param name="Industry">Industry name.</param>
/// <param name="Ranked">Eligible brands in rank order.</param>
/// <param name="NotEnoughData">Brands with fewer mentions than the minimum, by mentions descending then id.</param>
/// <param name="MinimumMentions">The eligibility threshold used.</param>
public sealed record Leaderboard(string Industry, IReadOnlyList<RankedBrand> Ranked, IReadOnlyList<RankedBrand> NotEnoughData, int MinimumMentions);
