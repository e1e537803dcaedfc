using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Output;

/// <summary>Deterministic report file base names (without extension), built from slugs of ids and industry names.</summary>
internal static class ReportNames
{
    /// <summary>Base name of the run summary.</summary>
    public const string Summary = "summary";

    /// <summary>Base name of the text-quality report.</summary>
    public const string Quality = "quality";

    /// <summary>Base name of a comparison, e.g. <c>compare-delta-vs-american-airlines</c>.</summary>
    public static string Comparison(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return "compare-" + string.Join("-vs-", comparison.Brands.Select(b => Slug.From(b.Brand.Id, "brand")));
    }

    /// <summary>Base name of a weekly scorecard, e.g. <c>scorecard-delta-2017-w47</c>.</summary>
    public static string Scorecard(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return $"scorecard-{Slug.From(card.Brand.Id, "brand")}-{card.Week.ToString().ToLowerInvariant()}";
    }

    /// <summary>Base name of one industry's leaderboard, e.g. <c>leaderboard-airlines</c>.</summary>
    public static string Leaderboard(string industry) => "leaderboard-" + Slug.From(industry, "industry");

    /// <summary>
    /// Base names for every leaderboard of a run, in leaderboard order. Industries whose names give the same slug get
    /// <c>-2</c>, <c>-3</c>, … in that order, so no file overwrites another.
    /// </summary>
    public static IReadOnlyList<string> Leaderboards(IReadOnlyList<Leaderboard> leaderboards)
    {
        ArgumentNullException.ThrowIfNull(leaderboards);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>(leaderboards.Count);
        foreach (var board in leaderboards)
        {
            var name = Leaderboard(board.Industry);
            var candidate = name;
            for (var i = 2; !used.Add(candidate); i++)
            {
                candidate = $"{name}-{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            }

            names.Add(candidate);
        }

        return names;
    }
}
