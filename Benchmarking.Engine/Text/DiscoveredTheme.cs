namespace Benchmarking.Engine.Text;

/// <summary>
/// A phrase customers raise with one brand more than with the others, found in the inbound text without a keyword list
/// (<see cref="ThemeDiscovery"/>).
/// </summary>
/// <param name="Phrase">The word bigram or trigram, lower case, e.g. <c>battery life</c>.</param>
/// <param name="Count">Mentions of the brand in the period containing it (each mention counts once).</param>
/// <param name="Distinctiveness">z-score of the log-odds ratio, brand vs every other brand (informative Dirichlet prior); ≥ 1.96 is distinctive at 95%.</param>
/// <param name="Weekly">Mentions containing it per ISO week (UTC, Monday start), oldest first, weeks without any included as 0, from the brand's first to last mention week.</param>
/// <param name="ExamplePostIds">The earliest few mentions containing it.</param>
public sealed record DiscoveredTheme(string Phrase, long Count, double Distinctiveness, IReadOnlyList<WeekCount> Weekly, IReadOnlyList<string> ExamplePostIds);
