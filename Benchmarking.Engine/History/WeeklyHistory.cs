namespace Benchmarking.Engine.History;

/// <summary>
/// Week-over-week changes and four-week trends from stored snapshots. Pure: the same snapshots give the same comparison.
/// </summary>
/// <remarks>
/// <para>The previous week is the ISO week immediately before (not the last stored one): a gap in the history shows as
/// "no snapshot for the previous week", never as a two-week delta labelled as one.</para>
/// <para>Deltas are computed only between snapshots of the same <see cref="WeeklySnapshot.Methodology"/> (version,
/// weights, normalisation, answer window, minimum mentions); scores under different methodologies are not comparable.</para>
/// <para>The reason for a movement is the component whose contribution to the care score (component score × weight)
/// changed most in absolute terms; ties by component order. A brand's rank can also move because other brands moved,
/// which the leaderboard shows; the reason names the brand's own largest change.</para>
/// <para>The four-week trend is the ordinary least-squares slope of the care score against the week index over this week
/// and the three ISO weeks before it, using the weeks (of the same methodology) in which the brand had a score, in
/// points per week; it needs at least two such weeks.</para>
/// </remarks>
public static class WeeklyHistory
{
    /// <summary>Weeks in the trend window, this week included.</summary>
    public const int TrendWeeks = 4;

    /// <summary>Compares <paramref name="week"/> with the week before it and its trend window.</summary>
    /// <exception cref="ArgumentException"><paramref name="history"/> has no snapshot of <paramref name="week"/>.</exception>
    public static WeekComparison Compare(IReadOnlyList<WeeklySnapshot> history, IsoWeek week)
    {
        ArgumentNullException.ThrowIfNull(history);
        var byWeek = history.ToDictionary(s => s.Week);
        if (!byWeek.TryGetValue(week, out var current))
        {
            throw new ArgumentException($"there is no snapshot of week {week}", nameof(week));
        }

        var previous = byWeek.GetValueOrDefault(week.Previous);
        var comparable = previous is not null && previous.Methodology == current.Methodology;
        var note = previous is null
            ? $"No snapshot of the previous week ({week.Previous}): no week-over-week changes."
            : comparable ? null : $"The previous week ({week.Previous}) was computed with another methodology ({previous.Methodology}): no week-over-week changes.";

        var window = new List<(int Index, WeeklySnapshot Snapshot)>();
        var w = week;
        for (var i = TrendWeeks - 1; i >= 0; i--, w = w.Previous)
        {
            if (byWeek.TryGetValue(w, out var s) && s.Methodology == current.Methodology)
            {
                window.Add((i, s));
            }
        }

        var now = current.Brands.ToDictionary(b => b.BrandId, StringComparer.Ordinal);
        var before = comparable ? previous!.Brands.ToDictionary(b => b.BrandId, StringComparer.Ordinal) : new Dictionary<string, WeeklyBrandResult>(StringComparer.Ordinal);
        var changes = new List<BrandWeekChange>();
        foreach (var id in now.Keys.Union(before.Keys, StringComparer.Ordinal))
        {
            var cur = now.GetValueOrDefault(id);
            var prev = before.GetValueOrDefault(id);
            var any = cur ?? prev!;
            var trendPoints = window
                .Select(x => (x.Index, Brand: x.Snapshot.Brands.FirstOrDefault(b => b.BrandId == id)))
                .Where(x => x.Brand is not null)
                .Select(x => (X: (double)x.Index, Y: x.Brand!.Score))
                .ToList();
            var eligibility = (cur?.Eligible ?? false, prev?.Eligible ?? false) switch
            {
                (true, false) when comparable => EligibilityChange.Entered,
                (false, true) => EligibilityChange.Left,
                _ => EligibilityChange.Unchanged,
            };
            changes.Add(new BrandWeekChange(
                id,
                any.Name,
                any.Industry,
                cur,
                prev,
                cur is not null && prev is not null ? cur.Score - prev.Score : null,
                cur?.Rank is { } r && prev?.Rank is { } p && cur.Industry == prev.Industry ? p - r : null,
                cur?.ResponseRate is { } rate && prev?.ResponseRate is { } prevRate ? rate - prevRate : null,
                cur?.MedianSeconds is { } median && prev?.MedianSeconds is { } prevMedian ? median - prevMedian : null,
                trendPoints.Count >= 2 ? Slope(trendPoints) : null,
                trendPoints.Count,
                eligibility,
                cur is not null && prev is not null ? Moves(cur, prev) : []));
        }

        var ordered = changes
            .OrderBy(c => c.Industry, StringComparer.Ordinal)
            .ThenBy(c => c.Current is null ? 2 : c.Current.Rank is null ? 1 : 0)
            .ThenBy(c => c.Current?.Rank ?? 0)
            .ThenBy(c => c.BrandId, StringComparer.Ordinal)
            .ToList();
        return new WeekComparison(current, previous, comparable, note, ordered);
    }

    /// <summary>Every component's change in composite points, largest absolute change first (ties by component order).</summary>
    public static IReadOnlyList<ComponentMove> Moves(WeeklyBrandResult current, WeeklyBrandResult previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var old = previous.Components.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return current.Components
            .Select((c, i) => (Index: i, Component: c, Old: old.GetValueOrDefault(c.Id)))
            .Where(x => x.Old is not null)
            .Select(x => (x.Index, Move: new ComponentMove(x.Component.Id, x.Component.Name, x.Old!.Score, x.Component.Score, x.Component.Points - x.Old.Points)))
            .OrderByDescending(x => Math.Abs(x.Move.Points))
            .ThenBy(x => x.Index)
            .Select(x => x.Move)
            .ToList();
    }

    /// <summary>Ordinary least-squares slope of y on x (at least two distinct x).</summary>
    internal static double Slope(IReadOnlyList<(double X, double Y)> points)
    {
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        var sxy = points.Sum(p => (p.X - meanX) * (p.Y - meanY));
        return sxx == 0 ? 0 : sxy / sxx;
    }
}
