namespace Benchmarking.Engine.Scoring;

/// <summary>One component's contribution to a care score.</summary>
/// <param name="Id">Component id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Score">Component score, 0–100.</param>
/// <param name="Weight">Weight in the composite.</param>
public sealed record ComponentScore(string Id, string Name, double Score, double Weight)
{
    /// <summary>Points this component adds to the composite (Score × Weight).</summary>
    public double Points => Score * Weight;
}
