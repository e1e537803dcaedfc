namespace Benchmarking.Engine.Text;

/// <summary>A recurring issue customers raise with a brand.</summary>
/// <param name="Theme">Theme id from the rules file, e.g. <c>delivery</c>.</param>
/// <param name="Count">Mentions of the brand in the period that raise it.</param>
/// <param name="FirstHalf">Of those, mentions in the first half of the brand's mention period.</param>
/// <param name="SecondHalf">Mentions in the second half.</param>
/// <param name="Trend">
/// <c>rising</c> or <c>falling</c> when <see cref="Ranking.ClaimRules.CountShift"/> supports the shift between the
/// halves, <see cref="NotEnoughData"/> below its minimum, else <c>steady</c>.
/// </param>
/// <param name="ExamplePostIds">The earliest few mentions raising it.</param>
public sealed record ThemeCount(string Theme, long Count, long FirstHalf, long SecondHalf, string Trend, IReadOnlyList<string> ExamplePostIds)
{
    /// <summary>The trend of a theme with too few mentions to call one (methodology §6a).</summary>
    public const string NotEnoughData = "not enough data";
}
