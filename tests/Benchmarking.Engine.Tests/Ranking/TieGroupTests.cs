using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Tests.Ranking;

/// <summary>Methodology §7: adjacent brands whose order the bootstrap replicates do not support form tie groups.</summary>
public sealed class TieGroupTests
{
    [Fact]
    public void Consecutive_tied_pairs_form_one_group_and_groups_are_numbered_down_the_board()
    {
        // Replicates: A clearly above B; B, C, D overlapping; E clearly below D; E and F overlapping.
        var ranked = new[]
        {
            With([90, 91, 92, 93]),
            With([50, 52, 51, 53]),
            With([51, 50, 52, 49]),
            With([49, 51, 50, 52]),
            With([10, 11, 12, 13]),
            With([11, 10, 12, 12]),
        };

        var groups = Ranker.TieGroups(ranked, 0.95);

        Assert.Equal([null, 1, 1, 1, 2, 2], groups);
    }

    [Fact]
    public void Ties_count_half_and_without_replicates_nobody_is_tied()
    {
        // 3 wins of 4 with one tie = 3.5/4 = 0.875 < 0.95.
        Assert.Equal([1, 1], Ranker.TieGroups([With([2, 2, 2, 2]), With([1, 1, 1, 2])], 0.95));
        Assert.Equal([null, null], Ranker.TieGroups([With([2, 3, 2, 3]), With([1, 1, 0, 1])], 0.95));
        Assert.Equal([null, null], Ranker.TieGroups([null, null], 0.95));
    }

    [Fact]
    public void Zero_width_intervals_never_support_an_order()
    {
        // Ahead in every replicate, but every replicate of both gives the same score: the noise is not measured (§6a).
        Assert.Equal([1, 1], Ranker.TieGroups([With([2, 2, 2, 2]), With([1, 1, 1, 1])], 0.95));
        Assert.Equal([1, 1], Ranker.TieGroups([With([2, 3, 2, 3]), With([1, 1, 1, 1])], 0.95));
    }

    private static ScoreUncertainty With(double[] replicates) =>
        new(replicates.Length, 1, null, null, new ConfidenceInterval(replicates.Min(), replicates.Max()), null, null) { ScoreReplicates = replicates };
}
