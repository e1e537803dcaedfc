using System.Globalization;

namespace Benchmarking.Engine.Scoring;

/// <summary>
/// The care-score methodology: version, component weights, expectation anchors and eligibility. Immutable; check with
/// <see cref="Validate"/>, which lists every problem at once.
/// </summary>
public sealed record ScoreOptions
{
    /// <summary>The methodology version printed in every report.</summary>
    public const string CurrentVersion = "1.0";

    /// <summary>Methodology version.</summary>
    public string Version { get; init; } = CurrentVersion;

    /// <summary>Weight per component id; each ≥ 0, summing to 1.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["responsiveness"] = 0.4,
        ["speed"] = 0.4,
        ["consistency"] = 0.2,
    };

    /// <summary>Median first-response time that earns full speed points. Default 15 minutes.</summary>
    public TimeSpan SpeedBest { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Median first-response time that earns no speed points. Default 24 hours.</summary>
    public TimeSpan SpeedWorst { get; init; } = TimeSpan.FromHours(24);

    /// <summary>IQR of log10 response times (decades) that earns no consistency points. Default 2.</summary>
    public double ConsistencyWorstDecades { get; init; } = 2.0;

    /// <summary>How component figures become 0–100: fixed curves (default) or percentiles within the industry.</summary>
    public ScoreNormalisation Normalisation { get; init; } = ScoreNormalisation.Absolute;

    /// <summary>Bootstrap replicates for intervals and rank intervals; 0 turns uncertainty off. Default 200.</summary>
    public int BootstrapResamples { get; init; } = 200;

    /// <summary>Seed of the bootstrap, so every run on the same data gives the same intervals. Default 20171031.</summary>
    public int Seed { get; init; } = 20171031;

    /// <summary>
    /// Two adjacent brands are reported as statistically tied unless the higher one outscores the lower one in at
    /// least this share of bootstrap replicates. Default 0.95.
    /// </summary>
    public double TieConfidence { get; init; } = 0.95;

    /// <summary>Minimum inbound mentions in the period for a brand to be ranked. Default 50.</summary>
    public int MinimumMentions { get; init; } = 50;

    /// <summary>The components this methodology knows, keyed by id.</summary>
    public IReadOnlyList<IScoreComponent> Components() =>
    [
        new ResponsivenessComponent(),
        new SpeedComponent(SpeedBest, SpeedWorst),
        new ConsistencyComponent(ConsistencyWorstDecades),
    ];

    /// <summary>The weights as one line, e.g. <c>responsiveness 0.40, speed 0.40, consistency 0.20</c>.</summary>
    public string WeightsText =>
        string.Join(", ", Weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key} {w.Value:0.00}")));

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var known = Components().Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, weight) in Weights)
        {
            if (!known.Contains(id))
            {
                problems.Add($"weight for unknown component '{id}' (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }

            if (weight < 0 || double.IsNaN(weight))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"weight of '{id}' must be ≥ 0 (was {weight})"));
            }
        }

        var sum = Weights.Values.Sum();
        if (Math.Abs(sum - 1.0) > 1e-9)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"weights must sum to 1 (they sum to {sum:0.######})"));
        }

        if (SpeedBest <= TimeSpan.Zero || SpeedWorst <= SpeedBest)
        {
            problems.Add($"speed anchors need 0 < best < worst (best {SpeedBest}, worst {SpeedWorst})");
        }

        if (ConsistencyWorstDecades <= 0)
        {
            problems.Add("consistency worst-case IQR must be positive");
        }

        if (MinimumMentions < 1)
        {
            problems.Add($"minimum mentions must be at least 1 (was {MinimumMentions})");
        }

        return problems;
    }
}
