namespace Benchmarking.Engine.Text;

/// <summary>A recurring issue customers raise with a brand.</summary>
/// <param name="Theme">Theme id from the rules file, e.g. <c>delivery</c>.</param>
/// <param name="Count">Mentions of the brand in the period that raise it.</param>
/// <param name="FirstHalf">Of those, mentions in the first half of the brand's mention period.</param>
/// <param name="SecondHalf">Mentions in the second half.</param>
/// <param name="Trend"><c>rising</c> when the second half has ≥ 1.5× the first (and ≥ 3 more), <c>falling</c> for the reverse, else <c>steady</c>.</param>
/// <param name="ExamplePostIds">The earliest few mentions raising it.</param>
public sealed record ThemeCount(string Theme, long Count, long FirstHalf, long SecondHalf, string Trend, IReadOnlyList<string> ExamplePostIds);
