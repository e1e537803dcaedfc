namespace Benchmarking.Reports.Tables;

/// <summary>
/// The "Care quality from the text" section of the comparison and scorecard reports: every cell is already formatted
/// plain text (<see cref="QualityTables.Overview(Engine.Pipeline.Comparison)"/>).
/// </summary>
/// <remarks>Public only because the Razor component takes it as a parameter; only this assembly creates one.</remarks>
/// <param name="Paragraphs">What the figures are and how customers appear; or why there are none.</param>
/// <param name="Figures">Headline figures side by side (one column per brand or week); null without text features.</param>
/// <param name="Details">Per brand: top templates, recurring issues and a few example posts; empty without text features.</param>
public sealed record QualityOverview(IReadOnlyList<string> Paragraphs, TextTable? Figures, IReadOnlyList<QualitySection> Details);
