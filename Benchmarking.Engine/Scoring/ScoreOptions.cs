using System.Globalization;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>
/// The care-score methodology: version, component weights, expectation anchors and eligibility. Immutable; check with
/// <see cref="Validate"/>, which lists every problem at once.
/// </summary>
public sealed record ScoreOptions
{
    /// <summary>The methodology version printed in every report.</summary>
    public const string CurrentVersion = "4.0";

    /// <summary>Methodology version.</summary>
    public string Version { get; init; } = CurrentVersion;

    /// <summary>
    /// Weight per component id; each ≥ 0, summing to 1. Default (methodology v3): responsiveness 0.30, speed 0.25, SLA
    /// attainment 0.15, consistency 0.10, originality 0.10, same-channel resolution 0.10 (the reasons are in
    /// <c>docs/methodology.md</c> §4).
    /// </summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["responsiveness"] = 0.30,
        ["speed"] = 0.25,
        ["consistency"] = 0.10,
        ["sla"] = 0.15,
        [OriginalityComponent.ComponentId] = 0.10,
        [SameChannelComponent.ComponentId] = 0.10,
    };

    /// <summary>
    /// Components whose weight was removed because the run has no text features, the other weights renormalised to sum
    /// to 1 (<see cref="EffectiveFor"/>); empty when every weighted component is measured.
    /// </summary>
    public IReadOnlyList<string> DroppedComponents { get; init; } = [];

    /// <summary>Median first-response time that earns full speed points. Default 15 minutes.</summary>
    public TimeSpan SpeedBest { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Median first-response time that earns no speed points. Default 24 hours.</summary>
    public TimeSpan SpeedWorst { get; init; } = TimeSpan.FromHours(24);

    /// <summary>IQR of log10 response times (decades) that earns no consistency points. Default 2.</summary>
    public double ConsistencyWorstDecades { get; init; } = 2.0;

    /// <summary>How component figures become 0–100: fixed curves (default) or percentiles within the industry.</summary>
    public ScoreNormalisation Normalisation { get; init; } = ScoreNormalisation.Absolute;

    /// <summary>Bootstrap replicates for intervals and rank intervals; 0 turns uncertainty off. Default 1000 (200 gives measurably liberal intervals; see docs/methodology.md §10).</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>Seed of the bootstrap, so every run on the same data gives the same intervals. Default 20171031.</summary>
    public int Seed { get; init; } = 20171031;

    /// <summary>
    /// Two adjacent brands are reported as statistically tied unless the higher one outscores the lower one in at
    /// least this share of bootstrap replicates. Default 0.95.
    /// </summary>
    public double TieConfidence { get; init; } = 0.95;

    /// <summary>
    /// The clock the care score measures response times on (methodology v4): <see cref="ResponseClock.Wall"/> (default)
    /// or <see cref="ResponseClock.Business"/>, the brand's support hours. Both clocks are reported either way.
    /// </summary>
    public ResponseClock Clock { get; init; }

    /// <summary>Minimum inbound mentions in the period for a brand to be ranked. Default 50.</summary>
    public int MinimumMentions { get; init; } = 50;

    /// <summary>
    /// Minimum replies behind a reply-based component (methodology v4, §6a): answered mentions for consistency, replies
    /// with text features for originality and same-channel resolution. Below it the component is "not enough replies"
    /// and scores 0, as it does with no reply at all. Default 10.
    /// </summary>
    public int MinimumReplies { get; init; } = 10;

    /// <summary>The components this methodology knows, keyed by id.</summary>
    public IReadOnlyList<IScoreComponent> Components() =>
    [
        new ResponsivenessComponent(),
        new SpeedComponent(SpeedBest, SpeedWorst),
        new ConsistencyComponent(ConsistencyWorstDecades, MinimumReplies),
        new SlaComponent(),
        new OriginalityComponent(MinimumReplies),
        new SameChannelComponent(MinimumReplies),
    ];

    /// <summary>The components measured from the text; they drop out of a run without text features.</summary>
    public static IReadOnlyList<string> TextComponentIds { get; } = [OriginalityComponent.ComponentId, SameChannelComponent.ComponentId];

    /// <summary>
    /// The weights as one line, largest first, e.g. <c>responsiveness 0.30, speed 0.25, sla 0.15, consistency 0.10,
    /// originality 0.10, same-channel 0.10</c>; followed by the dropped components when there are any.
    /// </summary>
    public string WeightsText =>
        string.Join(", ", Weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key} {w.Value:0.00}")))
        + (DroppedComponents.Count == 0 ? string.Empty : $" ({string.Join(" and ", DroppedComponents)} dropped: no text features; weights renormalised)");

    /// <summary>
    /// The options that apply to <paramref name="metrics"/>: these options when every brand has text features
    /// (<see cref="BrandMetrics.ReplyText"/>) or no text component is weighted; otherwise the text components are
    /// dropped for every brand (never for some brands only, which would score brands on different scales) and the
    /// remaining weights are divided by their sum, e.g. the v3 defaults become responsiveness 0.375, speed 0.3125,
    /// sla 0.1875, consistency 0.125.
    /// </summary>
    /// <exception cref="ArgumentException">Only text components are weighted, so nothing would remain.</exception>
    public ScoreOptions EffectiveFor(IReadOnlyList<BrandMetrics> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var weighted = TextComponentIds.Where(id => Weights.TryGetValue(id, out var w) && w > 0).ToList();
        if (weighted.Count == 0 || metrics.All(m => m.ReplyText is not null))
        {
            return this;
        }

        var rest = Weights.Where(w => !TextComponentIds.Contains(w.Key)).ToList();
        var sum = rest.Sum(w => w.Value);
        if (sum <= 0)
        {
            throw new ArgumentException("Only the text components are weighted, and the data has no text features: analyse the text first or weight another component.", nameof(metrics));
        }

        return this with
        {
            Weights = rest.ToDictionary(w => w.Key, w => w.Value / sum, StringComparer.Ordinal),
            DroppedComponents = [.. DroppedComponents, .. weighted],
        };
    }

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!string.Equals(Version, CurrentVersion, StringComparison.Ordinal))
        {
            problems.Add($"methodology version '{Version}' is not implemented (this engine computes version {CurrentVersion})");
        }

        if (!Enum.IsDefined(Clock))
        {
            problems.Add($"clock must be wall or business (was {(int)Clock})");
        }

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

        foreach (var id in DroppedComponents)
        {
            if (!TextComponentIds.Contains(id) || Weights.ContainsKey(id))
            {
                problems.Add($"only unweighted text components can be dropped (not '{id}')");
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

        if (!Enum.IsDefined(Normalisation))
        {
            problems.Add($"normalisation must be Absolute or Relative (was {(int)Normalisation})");
        }

        if (BootstrapResamples is < 0 or > 100_000)
        {
            problems.Add($"bootstrap resamples must be between 0 (off) and 100000 (was {BootstrapResamples})");
        }

        if (double.IsNaN(TieConfidence) || TieConfidence < 0.5 || TieConfidence > 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"tie confidence must be between 0.5 and 1 (was {TieConfidence})"));
        }

        if (MinimumMentions < 1)
        {
            problems.Add($"minimum mentions must be at least 1 (was {MinimumMentions})");
        }

        if (MinimumReplies < 1)
        {
            problems.Add($"minimum replies must be at least 1 (was {MinimumReplies})");
        }

        return problems;
    }
}
