using System.Globalization;

namespace Benchmarking.Engine.Registry;

/// <summary>
/// When a handle mentioned in customer posts is suggested as a hidden alias of a brand (see
/// <see cref="AliasSuggestion"/>). Defaults follow <c>docs/methodology.md</c> (v4, hidden aliases).
/// </summary>
public sealed record AliasSuggestionOptions
{
    /// <summary>At least this many customer posts mentioning the handle are answered by the brand. Default 5.</summary>
    public int MinimumAnswered { get; init; } = 5;

    /// <summary>Of the posts mentioning the handle that any brand answered, at least this share are the brand's. Default 0.75.</summary>
    public double MinimumShare { get; init; } = 0.75;

    /// <summary>
    /// The brand answers posts mentioning the handle at least this many times more often than it answers customer posts
    /// in general (its share of all answered customer posts). Default 5.
    /// </summary>
    public double MinimumLift { get; init; } = 5.0;

    /// <summary>Example post ids listed per suggestion. Default 3.</summary>
    public int Examples { get; init; } = 3;

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MinimumAnswered < 1)
        {
            problems.Add($"minimum answered posts must be at least 1 (was {MinimumAnswered})");
        }

        if (!(MinimumShare is > 0 and <= 1))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"minimum share must be in (0, 1] (was {MinimumShare})"));
        }

        if (!(MinimumLift >= 1))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"minimum lift must be at least 1 (was {MinimumLift})"));
        }

        if (Examples < 0)
        {
            problems.Add($"examples must be zero or more (was {Examples})");
        }

        return problems;
    }
}
