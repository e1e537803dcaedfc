namespace Benchmarking.Engine.History;

/// <summary>The change of one score component between two weeks, in composite points (score × weight).</summary>
/// <param name="Id">Component id.</param>
/// <param name="Name">Display name.</param>
/// <param name="PreviousScore">Component score (0–100) the previous week.</param>
/// <param name="CurrentScore">Component score (0–100) this week.</param>
/// <param name="Points">Change of the component's contribution to the care score, in points (this week − previous).</param>
public sealed record ComponentMove(string Id, string Name, double PreviousScore, double CurrentScore, double Points);
