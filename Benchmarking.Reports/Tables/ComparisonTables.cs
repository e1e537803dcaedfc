using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>The headline table of a comparison: one column per brand, one row per metric.</summary>
internal static class ComparisonTables
{
    /// <summary>
    /// Builds the headline table, brands in the order the comparison lists them. Rows for the rank range and the
    /// Kaplan–Meier shares appear only when some brand has them; intervals are in brackets where computed.
    /// </summary>
    public static TextTable Headline(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var brands = comparison.Brands;
        var result = comparison.Result;
        var rows = new List<IReadOnlyList<string>>();
        var industries = Industries(comparison);

        // The industry columns carry the headline figures only; other rows leave them empty.
        void Row(string label, Func<RankedBrand, string> cell, Func<IndustryBenchmark, string>? industry = null) =>
            rows.Add([label, .. brands.Select(cell), .. industries.Select(i => industry?.Invoke(i) ?? string.Empty)]);
        void Stat(string label, Func<ResponseTimeStats, double?> seconds) =>
            Row(label, b => ReportFormat.Duration(seconds(b.Metrics.FirstResponse)));

        Row("Industry", b => b.Brand.Industry);
        Row("Handles", b => ReportText.Handles(b.Brand));
        Row("Rank in industry", b => ReportText.Rank(b, result));
        if (brands.Any(b => b.Uncertainty is { RankLow: not null, RankHigh: not null }))
        {
            Row("Rank range (95%)", ReportText.RankRange);
        }

        Row("Care score (0–100)", ReportText.Score, i => i.ScoreCell);
        foreach (var component in ReportText.Components(brands.Select(b => b.Score)))
        {
            Row(ReportText.ComponentLabel(component), b => ReportText.ComponentCell(b, component.Id, result.ScoreOptions));
        }

        Row("Mentions", b => ReportFormat.Count(b.Metrics.Mentions));
        Row("Answered", b => ReportFormat.Count(b.Metrics.Answered));
        Row("Pending", b => ReportFormat.Count(b.Metrics.Pending));
        Row("Unanswered", b => ReportFormat.Count(b.Metrics.Unanswered));
        Row("Response rate", ReportText.ResponseRate, i => i.ResponseRateCell);
        Row("Median first response", ReportText.Median, i => i.MedianCell);
        Stat("Mean first response", s => s.MeanSeconds);
        Stat("25th percentile first response", s => s.P25Seconds);
        Stat("75th percentile first response", s => s.P75Seconds);
        Stat("90th percentile first response", s => s.P90Seconds);
        Stat("Std dev of first response", s => s.StdDevSeconds);
        Row("Spread (IQR of log10 seconds, decades)", b => ReportFormat.Number(b.Metrics.LogIqrDecades));
        foreach (var share in ReportText.Shares)
        {
            Row("Answered " + share.Label, b => ReportFormat.Percent(share.Naive(b.Metrics)));
        }

        if (brands.Any(b => b.Metrics.Survival is not null))
        {
            foreach (var share in ReportText.Shares)
            {
                Row($"Answered {share.Label} (Kaplan–Meier)", b => ReportFormat.Percent(share.Survival(b.Metrics)));
            }
        }
        Row("Replies before mention (excluded)", b => ReportFormat.Count(b.Metrics.RepliesBeforeMention));
        Row("Brand replies", b => ReportFormat.Count(b.Metrics.BrandReplies));

        return new TextTable(
            ["Metric", .. brands.Select(b => b.Brand.Name), .. industries.Select(i => i.Heading)],
            rows,
            [false, .. brands.Select(_ => true), .. industries.Select(_ => true)]);
    }

    /// <summary>The industries of the compared brands, in the order the brands are listed, each with its median and quartiles.</summary>
    public static IReadOnlyList<IndustryBenchmark> Industries(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.Brands.Select(b => b.Brand.Industry).Distinct(StringComparer.Ordinal)
            .Select(industry => IndustryBenchmark.Of(comparison.Result, industry)).ToList();
    }

    /// <summary>The legends the headline table needs: intervals, ties and Kaplan–Meier rows, each only when shown.</summary>
    public static IReadOnlyList<string> Legends(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var legends = new List<string> { IndustryBenchmark.Legend };
        if (comparison.Brands.Any(b => b.Uncertainty is not null))
        {
            legends.Add(ReportText.IntervalLegend(comparison.Result.ScoreOptions));
        }

        if (comparison.Brands.Any(b => b.TieGroup is not null))
        {
            legends.Add(ReportText.TieLegend);
        }

        if (ReportText.NotEnoughRepliesLegend(comparison.Brands, comparison.Result.ScoreOptions) is { } replies)
        {
            legends.Add(replies);
        }

        if (comparison.Brands.Any(b => b.Metrics.Survival is not null))
        {
            legends.Add(ReportText.SurvivalLegend);
        }

        return legends;
    }

    /// <summary>
    /// Mention volume and share of voice per ISO week of the trend: per brand its mentions and share of its industry's
    /// mentions that week, per industry its mentions and the brands that had any.
    /// </summary>
    public static TextTable Volume(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var brands = comparison.Brands;
        var industries = brands.Select(b => b.Brand.Industry).Distinct(StringComparer.Ordinal).ToList();
        var weeks = Charts.ComparisonCharts.RecentWeekly(comparison).Select(w => w.Week).Distinct().Order().ToList();
        var rows = weeks.Select(week => (IReadOnlyList<string>)
        [
            week.ToString(),
            .. brands.Select(b => Charts.ShareOfVoice.Cell(comparison, b.Brand.Id, week)),
            .. industries.Select(i => Charts.ShareOfVoice.Industry(comparison, i, week) is { } w
                ? $"{ReportFormat.Count(w.Mentions)} ({ReportFormat.Plural(w.Brands, "brand")})"
                : "0"),
        ]).ToList();
        return new TextTable(
            ["Week", .. brands.Select(b => $"{b.Brand.Name}: mentions (share of voice)"), .. industries.Select(i => $"{i}: mentions (brands)")],
            rows,
            [false, .. brands.Select(_ => true), .. industries.Select(_ => true)]);
    }

    /// <summary>
    /// The mention sentiment mix per ISO week of the trend (<see cref="Charts.SentimentMix"/>): per brand its analysed
    /// mentions and the estimated negative, neutral and positive shares with 95% intervals, or "not enough data".
    /// </summary>
    public static TextTable SentimentMix(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var brands = comparison.Brands;
        var classes = Charts.SentimentMix.Classes;
        var rows = Charts.SentimentMix.Weeks(comparison).Select(week => (IReadOnlyList<string>)
        [
            week.ToString(),
            .. brands.SelectMany(b =>
            {
                var sentiment = Charts.SentimentMix.Week(comparison, b.Brand.Id, week);
                return (IEnumerable<string>)[ReportFormat.Count(sentiment?.Analysed ?? 0), .. classes.Select((_, c) => Charts.SentimentMix.Cell(sentiment, c))];
            }),
        ]).ToList();
        return new TextTable(
            ["Week", .. brands.SelectMany(b => (IEnumerable<string>)[$"{b.Brand.Name}: analysed", .. classes.Select(c => $"{b.Brand.Name}: {c}")])],
            rows,
            [false, .. brands.SelectMany(_ => Enumerable.Repeat(true, classes.Count + 1))]);
    }

    /// <summary>
    /// The weekly trend: one row per ISO week with mentions among the trend's weeks (see
    /// <see cref="Charts.ComparisonCharts.RecentWeekly"/>), one column per brand with its response rate, median first
    /// response and mentions that week.
    /// </summary>
    public static TextTable Weekly(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var brands = comparison.Brands;
        if (comparison.Weekly.Count == 0)
        {
            return new TextTable(["Week", .. brands.Select(b => b.Brand.Name)], [], [false, .. brands.Select(_ => true)]);
        }

        var recent = Charts.ComparisonCharts.RecentWeekly(comparison);
        var byKey = recent.ToDictionary(w => (w.BrandId, w.Week));
        var weeks = recent.Select(w => w.Week).Distinct().Order().ToList();
        var rows = weeks.Select(week => (IReadOnlyList<string>)
        [
            week.ToString(),
            .. brands.Select(b => byKey.TryGetValue((b.Brand.Id, week), out var f)
                ? $"{Charts.WeeklyTrendChart.Cell(f, Charts.TrendMeasure.ResponseRate)} · {Charts.WeeklyTrendChart.Cell(f, Charts.TrendMeasure.MedianResponse)} · n = {ReportFormat.Count(f.Mentions)}"
                : ReportFormat.Missing),
        ]).ToList();
        return new TextTable(
            ["Week", .. brands.Select(b => $"{b.Brand.Name}: rate · median · mentions")],
            rows,
            [false, .. brands.Select(_ => true)]);
    }
}
