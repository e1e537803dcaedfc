using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;

namespace Benchmarking.Reports.Charts;

/// <summary>
/// The charts of a weekly scorecard: weekly trend of response rate and median time, this week against the industry, and
/// components per period.
/// </summary>
internal static class ScorecardCharts
{
    /// <summary>The trend lines of the brand, one measure.</summary>
    public static IReadOnlyList<WeeklyTrendChart.Line> Trend(Scorecard card, TrendMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(card);
        return WeeklyTrendChart.Lines([(card.Brand.Id, card.Brand.Name)], card.Trend, measure);
    }

    /// <summary>The periods with data as pseudo-brands named by period, for the component chart.</summary>
    public static IReadOnlyList<RankedBrand> Periods(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Periods
            .Where(p => p.Brand is not null)
            .Select(p => p.Brand! with { Brand = p.Brand.Brand with { Name = p.Label } })
            .ToList();
    }

    /// <summary>Every chart of the scorecard with its caption, in page order.</summary>
    public static IReadOnlyList<CaptionedChart> Render(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var charts = new List<CaptionedChart>
        {
            new(WeeklyTrendChart.Render(Trend(card, TrendMeasure.ResponseRate), TrendMeasure.ResponseRate, "trend-rate"),
                "Share of decided mentions answered within the answer window, per ISO week. " + WeeklyTrendChart.GapRule),
            new(WeeklyTrendChart.Render(Trend(card, TrendMeasure.MedianResponse), TrendMeasure.MedianResponse, "trend-median"),
                "Median first-response time of answered mentions, per ISO week (log scale). " + WeeklyTrendChart.GapRule),
        };
        if (card.ThisWeek.Brand is { } thisWeek)
        {
            charts.AddRange(IndustryBandChart.Render([thisWeek], Tables.ScorecardTables.Industry(card), "industry"));
        }

        var periods = Periods(card);
        if (periods.Count > 0)
        {
            charts.Add(new(ComponentScoreChart.Render(periods, "periods"), "Score components (0–100) this week, last week and over the trailing weeks."));
        }

        return charts;
    }
}
