using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>
/// Turns metrics into care scores under one validated <see cref="ScoreOptions"/>: each weighted component is mapped to
/// 0–100 (on its fixed curve, or as a percentile among the industry's eligible peers) and the total is
/// Σ component × weight. The scorer knows components only through <see cref="IScoreComponent"/>.
/// </summary>
public sealed class Scorer
{
    private readonly IScoreComponent[] components;
    private readonly double[] weights;

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

        Options = options;
        components = options.Components().Where(c => options.Weights.ContainsKey(c.Id)).ToArray();
        weights = components.Select(c => options.Weights[c.Id]).ToArray();
    }

    /// <summary>The options this scorer applies.</summary>
    public ScoreOptions Options { get; }

    /// <summary>The weighted components, in methodology order.</summary>
    public IReadOnlyList<IScoreComponent> Components => components;

    /// <summary>Scores one brand on the fixed expectation curves (absolute normalisation).</summary>
    /// <exception cref="InvalidOperationException">The options ask for relative normalisation, which needs the peer group: use <see cref="ScoreGroup"/>.</exception>
    public CareScore Score(BrandMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (Options.Normalisation != ScoreNormalisation.Absolute)
        {
            throw new InvalidOperationException("Relative normalisation scores a brand against its industry peers; use ScoreGroup.");
        }

        return Absolute(metrics);
    }

    /// <summary>
    /// Scores every brand of one industry and period. Absolute normalisation scores each brand alone. Relative
    /// normalisation scores each component as the mid-rank percentile of the brand's raw figure among its peers: the
    /// brands of <paramref name="group"/> with at least <see cref="ScoreOptions.MinimumMentions"/> mentions, other than
    /// itself (see <see cref="Percentile"/>).
    /// </summary>
    /// <returns>One score per brand, in the order of <paramref name="group"/>.</returns>
    public IReadOnlyList<CareScore> ScoreGroup(IReadOnlyList<BrandMetrics> group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (Options.Normalisation == ScoreNormalisation.Absolute)
        {
            return group.Select(Absolute).ToArray();
        }

        var eligible = new bool[group.Count];
        for (var b = 0; b < group.Count; b++)
        {
            eligible[b] = group[b].Mentions >= Options.MinimumMentions;
        }

        var scores = new double[group.Count][];
        for (var b = 0; b < group.Count; b++)
        {
            scores[b] = new double[components.Length];
        }

        var raws = new double?[group.Count];
        for (var c = 0; c < components.Length; c++)
        {
            for (var b = 0; b < group.Count; b++)
            {
                raws[b] = components[c].Raw(group[b]);
            }

            for (var b = 0; b < group.Count; b++)
            {
                scores[b][c] = Percentile(raws, eligible, b, components[c].HigherIsBetter);
            }
        }

        return scores.Select(Compose).ToArray();
    }

    /// <summary>
    /// 100 × (peers worse than brand <paramref name="self"/> + ½ × peers equal to it) ÷ peers, the peers being the
    /// eligible brands other than itself; 50 when it has no peer (a field of one is level with itself). A null figure
    /// is worse than any defined one and equal to another null.
    /// </summary>
    internal static double Percentile(IReadOnlyList<double?> raws, IReadOnlyList<bool> eligible, int self, bool higherIsBetter)
    {
        var x = raws[self];
        double worse = 0, equal = 0, peers = 0;
        for (var p = 0; p < raws.Count; p++)
        {
            if (p == self || !eligible[p])
            {
                continue;
            }

            peers++;
            var y = raws[p];
            var order = (x, y) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                ({ } a, { } b) => higherIsBetter ? a.CompareTo(b) : b.CompareTo(a),
            };
            if (order > 0)
            {
                worse++;
            }
            else if (order == 0)
            {
                equal++;
            }
        }

        return peers == 0 ? 50.0 : 100.0 * (worse + (0.5 * equal)) / peers;
    }

    private CareScore Absolute(BrandMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var parts = new double[components.Length];
        for (var c = 0; c < components.Length; c++)
        {
            parts[c] = Math.Clamp(components[c].Score(metrics), 0.0, 100.0);
        }

        return Compose(parts);
    }

    private CareScore Compose(double[] parts)
    {
        var list = new ComponentScore[components.Length];
        var total = 0.0;
        for (var c = 0; c < components.Length; c++)
        {
            list[c] = new ComponentScore(components[c].Id, components[c].Name, parts[c], weights[c]);
            total += list[c].Points;
        }

        return new CareScore(total, list);
    }
}
