namespace Benchmarking.Engine.Ranking;

/// <summary>One component's share of the score difference between two brands.</summary>
/// <param name="Id">Component id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="ScoreA">First brand's component score (0–100).</param>
/// <param name="ScoreB">Second brand's component score (0–100).</param>
public sealed record ComponentContribution(string Id, string Name, double Weight, double ScoreA, double ScoreB)
{
    /// <summary>Points this component adds to A's lead over B: weight × (ScoreA − ScoreB).</summary>
    public double Points => Weight * (ScoreA - ScoreB);
}
