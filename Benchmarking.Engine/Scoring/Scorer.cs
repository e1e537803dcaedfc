using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>Turns metrics into care scores under one validated <see cref="ScoreOptions"/>.</summary>
public sealed class Scorer
{
    private readonly ScoreOptions options;
    private readonly IReadOnlyList<IScoreComponent> components;

    /// <summary>Creates a scorer.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public Scorer(ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid score options: " + string.Join("; ", problems), nameof(options));
        }

        this.options = options;
        components = options.Components().Where(c => options.Weights.ContainsKey(c.Id)).ToList();
    }

    /// <summary>The weighted components, in methodology order.</summary>
    public IReadOnlyList<IScoreComponent> Components => components;

    /// <summary>Scores one brand.</summary>
    public CareScore Score(BrandMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var parts = components
            .Select(c => new ComponentScore(c.Id, c.Name, Math.Clamp(c.Score(metrics), 0.0, 100.0), options.Weights[c.Id]))
            .ToList();
        return new CareScore(parts.Sum(p => p.Points), parts);
    }
}
