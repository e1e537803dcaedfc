using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Pipeline;

/// <summary>Methodology v4: activity in a brand's own time zone.</summary>
public sealed partial class CareBenchmark
{
    /// <summary>
    /// Like <see cref="Activity(MetricsOptions)"/>, for <paramref name="brandIds"/> only, with each mention's weekday and hour read on
    /// the local clock of <paramref name="zone"/> (a mention at 03:00 UTC in Sydney is an afternoon one). The median is
    /// the same type-7 quantile as in UTC. In UTC this is <see cref="Activity(MetricsOptions)"/> itself.
    /// </summary>
    public IReadOnlyList<ActivityCell> Activity(TimeZoneInfo zone, IReadOnlyCollection<string> brandIds, MetricsOptions? metricsOptions = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(brandIds);
        if (zone.Equals(TimeZoneInfo.Utc))
        {
            return Activity(metricsOptions).Where(c => brandIds.Contains(c.BrandId)).ToList();
        }

        EnsureFacts(metricsOptions ?? new MetricsOptions());
        var cells = new SortedDictionary<(string Brand, int Weekday, int Hour), (long Mentions, List<double> Answered)>();
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT brand_id, created_at, status = 'answered', response_seconds FROM mention_facts";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var brand = reader.GetString(0);
            if (!brandIds.Contains(brand))
            {
                continue;
            }

            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc), zone);
            var key = (brand, ((int)local.DayOfWeek + 6) % 7 + 1, local.Hour);
            var cell = cells.GetValueOrDefault(key, (0, []));
            if (reader.GetBoolean(2))
            {
                cell.Answered.Add(Convert.ToDouble(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture));
            }

            cells[key] = (cell.Mentions + 1, cell.Answered);
        }

        return cells.Select(c => new ActivityCell(c.Key.Brand, c.Key.Weekday, c.Key.Hour, c.Value.Mentions, c.Value.Answered.Count, Median(c.Value.Answered))).ToList();
    }

    /// <summary>Type-7 median (linear interpolation), as DuckDB's <c>quantile_cont(x, 0.5)</c>; null when empty.</summary>
    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var h = (values.Count - 1) * 0.5;
        var lo = values[(int)Math.Floor(h)];
        return lo + ((values[(int)Math.Ceiling(h)] - lo) * (h - Math.Floor(h)));
    }
}
