using System.Globalization;
using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>The tables and texts of a weekly scorecard, shared by its HTML and Markdown.</summary>
internal static class ScorecardTables
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>E.g. <c>Weekly care scorecard: Delta, 2017-W47</c>.</summary>
    public static string Title(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return $"Weekly care scorecard: {card.Brand.Name}, {card.Week}";
    }

    /// <summary>
    /// The week line, e.g. <c>2017-W47: Monday 2017-11-20 to Sunday 2017-11-26 (UTC); the last complete week of the data
    /// (default).</c>
    /// </summary>
    public static string WeekLine(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var text = $"{card.Week}: {Days(card.Week, card.Week)} (UTC)";
        return card.WeekIsDefault
            ? text + "; the last complete ISO week of the data, taken by default (the week before the one holding the latest post)."
            : text + ".";
    }

    /// <summary>What the customer column shows.</summary>
    public static string PrivacyLine(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.CustomersShown
            ? "Customer handles are shown as posted (--show-customers). Brand handles are always shown."
            : "Customer handles are pseudonymised with a keyed hash (cust-…): the same customer has the same pseudonym in every report made with the same key. Brand handles are shown as they are.";
    }

    /// <summary>The periods compared, with their bounds.</summary>
    public static TextTable Periods(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var rows = card.Periods.Select(p => (IReadOnlyList<string>)
        [
            p.Label,
            p.First == p.Last ? p.First.ToString() : $"{p.First} to {p.Last}",
            $"{ReportFormat.Time(p.First.Start)} to {ReportFormat.Time(p.Last.End)} (exclusive)",
            p.Brand is { } b ? ReportFormat.Count(b.Metrics.Mentions) : "0",
        ]).ToList();
        return new TextTable(["Period", "ISO weeks", "Mentions posted", "Mentions"], rows, [false, false, false, true]);
    }

    /// <summary>
    /// This week, last week and the trailing weeks side by side, one row per figure, with the change from last week and
    /// from the trailing weeks.
    /// </summary>
    public static TextTable Headline(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (now, before, baseline) = (card.ThisWeek, card.LastWeek, card.Trailing);
        var rows = new List<IReadOnlyList<string>>();
        var industry = Industry(card);

        // The industry column carries the headline figures only; other rows leave it empty.
        void Row(string label, Func<ScorecardPeriod, string> cell, Func<ScorecardPeriod, ScorecardPeriod, string> change, string industryCell = "") =>
            rows.Add([label, cell(now), cell(before), cell(baseline), change(now, before), change(now, baseline), industryCell]);

        string Rank(ScorecardPeriod p) => p.Brand is { } b ? ReportText.Rank(b, p.Result) : "no mentions";
        Row("Rank in industry", Rank, RankMove);
        Row("Care score (0–100)", p => p.Brand is { } b ? ReportText.Score(b) : ReportFormat.Missing, (a, b) => Points(a.Brand?.Score.Total, b.Brand?.Score.Total), industry.ScoreCell);
        var components = ReportText.Components(card.Periods.Where(p => p.Brand is not null).Select(p => p.Brand!.Score));
        foreach (var component in components)
        {
            double? Component(ScorecardPeriod p) => p.Brand?.Score.Components.FirstOrDefault(c => string.Equals(c.Id, component.Id, StringComparison.Ordinal))?.Score;
            Row(ReportText.ComponentLabel(component), p => ReportFormat.Score(Component(p)), (a, b) => Points(Component(a), Component(b)));
        }

        void Metric(string label, Func<BrandMetrics, double?> value, Func<double?, string> format, Func<double?, double?, string> change) =>
            Row(label, p => p.Brand is { } b ? format(value(b.Metrics)) : ReportFormat.Missing, (a, b) => change(Value(a, value), Value(b, value)));

        Metric("Mentions", m => m.Mentions, v => ReportFormat.Count((long)(v ?? 0)), CountChange);
        Metric("Answered", m => m.Answered, v => ReportFormat.Count((long)(v ?? 0)), CountChange);
        Metric("Pending", m => m.Pending, v => ReportFormat.Count((long)(v ?? 0)), CountChange);
        Metric("Unanswered", m => m.Unanswered, v => ReportFormat.Count((long)(v ?? 0)), CountChange);
        Row("Response rate", p => p.Brand is { } b ? ReportText.ResponseRate(b) : ReportFormat.Missing, (a, b) => PercentagePoints(Value(a, m => m.ResponseRate), Value(b, m => m.ResponseRate)), industry.ResponseRateCell);
        Row("Median first response", p => p.Brand is { } b ? ReportText.Median(b) : ReportFormat.Missing, (a, b) => DurationChange(Value(a, m => m.FirstResponse.MedianSeconds), Value(b, m => m.FirstResponse.MedianSeconds)), industry.MedianCell);
        Metric("90th percentile first response", m => m.FirstResponse.P90Seconds, ReportFormat.Duration, DurationChange);
        foreach (var share in ReportText.Shares)
        {
            Metric("Answered " + share.Label, share.Naive, ReportFormat.Percent, PercentagePoints);
        }

        if (card.Periods.Any(p => p.Brand?.Metrics.Survival is not null))
        {
            foreach (var share in ReportText.Shares)
            {
                Metric($"Answered {share.Label} (Kaplan–Meier)", share.Survival, ReportFormat.Percent, PercentagePoints);
            }
        }

        return new TextTable(
            ["Figure", $"This week ({now.First})", $"Last week ({before.First})", $"{baseline.Label} ({baseline.First}–{baseline.Last})", "Change vs last week", $"Change vs trailing {baseline.Weeks} weeks", $"{industry.Heading}, this week"],
            rows,
            [false, true, true, true, true, true, true]);
    }

    /// <summary>The brand's industry this week: median and quartiles of the headline figures over its ranked brands.</summary>
    public static IndustryBenchmark Industry(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return IndustryBenchmark.Of(card.ThisWeek.Result, card.Brand.Industry);
    }

    /// <summary>The legends the headline table needs.</summary>
    public static IReadOnlyList<string> Legends(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var legends = new List<string>
        {
            IndustryBenchmark.Legend,
            $"The trailing {card.Trailing.Weeks} weeks are pooled into one period (every mention of those weeks counted once), so their figures are mention-weighted averages; ranks are within {card.Brand.Industry} in each period. Changes: score and components in points, rates and shares in percentage points (pp), times as differences; a lower time is better.",
        };
        var brands = card.Periods.Where(p => p.Brand is not null).Select(p => p.Brand!).ToList();
        if (brands.Any(b => b.Uncertainty is not null))
        {
            legends.Add(ReportText.IntervalLegend(card.ThisWeek.Result.ScoreOptions));
        }

        if (brands.Any(b => b.TieGroup is not null))
        {
            legends.Add(ReportText.TieLegend);
        }

        if (brands.Any(b => b.Metrics.Survival is not null))
        {
            legends.Add(ReportText.SurvivalLegend);
        }

        return legends;
    }

    /// <summary>The score change from last week by component: weight, last week, this week, points, largest first.</summary>
    public static TextTable Movement(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var rows = card.Movement.Contributions.Select(c => (IReadOnlyList<string>)
        [
            c.Name,
            ReportFormat.Number(c.Weight),
            ReportFormat.Score(c.ScoreB),
            ReportFormat.Score(c.ScoreA),
            ReportFormat.SignedPoints(c.Points),
        ]).ToList();
        if (card.Movement.ScoreChange is { } change)
        {
            var (last, now) = (card.LastWeek.Brand?.Score.Total, card.ThisWeek.Brand?.Score.Total);
            var shown = last is { } l && now is { } n ? Printed.PointsGap(n, l) : change;
            rows.Add(["Total", ReportFormat.Missing, ReportFormat.Score(last), ReportFormat.Score(now), ReportFormat.SignedPoints(shown)]);
        }

        return new TextTable(["Component", "Weight", "Last week (0–100)", "This week (0–100)", "Points of the change"], rows, [false, true, true, true, true]);
    }

    /// <summary>The brand's figures week by week, oldest first.</summary>
    public static TextTable Trend(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var rows = card.Trend.Select(t => (IReadOnlyList<string>)
        [
            t.Week == card.Week ? $"{t.Week} (this week)" : t.Week.ToString(),
            ReportFormat.Count(t.Mentions),
            ReportFormat.Count(t.Answered),
            ReportFormat.Count(t.Pending),
            Charts.WeeklyTrendChart.Cell(t, Charts.TrendMeasure.ResponseRate),
            Charts.WeeklyTrendChart.Cell(t, Charts.TrendMeasure.MedianResponse),
        ]).ToList();
        return new TextTable(["Week", "Mentions", "Answered", "Pending", "Response rate", "Median first response"], rows, [false, true, true, true, true, true]);
    }

    /// <summary>
    /// The slowest unanswered mentions: posted, platform, post id, link, customer, status, waited. The link column holds a
    /// plain URL (empty where the platform has none).
    /// </summary>
    public static TextTable Slowest(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        // Methodology v4: a brand with a declared time zone also gets the mention's local time (an extra column).
        var zone = card.Brand.TimeZone;
        var local = !zone.Equals(TimeZoneInfo.Utc);
        var rows = card.Slowest.Select(m => (IReadOnlyList<string>)
        [
            ReportFormat.Time(m.CreatedAt),
            .. local ? [ReportFormat.LocalTime(m.CreatedAt, zone)] : Array.Empty<string>(),
            m.Platform,
            m.PostId,
            m.Link ?? ReportFormat.Missing,
            m.Customer,
            Status(m),
            ReportFormat.Duration(m.WaitedSeconds),
        ]).ToList();
        return new TextTable(
            ["Posted", .. local ? [$"Posted (local, {card.Brand.TimeZoneId})"] : Array.Empty<string>(), "Platform", "Post id", "Link", "Customer", "Status", "Waited"],
            rows,
            [false, .. local ? [false] : Array.Empty<bool>(), false, false, false, false, false, true]);
    }

    /// <summary>The intro of the slowest-mentions list.</summary>
    public static string SlowestIntro(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return $"Mentions of {card.Week} that {card.Brand.Name} did not answer within the {ReportFormat.Duration(card.ThisWeek.Result.MetricsOptions.AnswerWindow)} answer window, longest wait first (to the late reply, else to the data's as-of time {ReportFormat.Time(card.ThisWeek.Result.Window.AsOf)}); {ReportFormat.Count(card.Slowest.Count)} shown. No post text is shown. Twitter/X posts link to x.com where the id is a public status id; ids that are not (the TWCS data set's ids are anonymised and renumbered) are shown without a link.";
    }

    /// <summary>A mention's status in words, e.g. <c>answered late (after 4.1 d)</c>.</summary>
    public static string Status(UnansweredMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.Status switch
        {
            MentionStatus.Pending => "pending (window still open)",
            _ when mention.FirstReplyAt is not null => "answered late",
            _ => "unanswered",
        };
    }

    private static double? Value(ScorecardPeriod period, Func<BrandMetrics, double?> value) =>
        period.Brand is { } b ? value(b.Metrics) : null;

    private static string Days(IsoWeek first, IsoWeek last) =>
        $"Monday {first.Start.ToString("yyyy-MM-dd", Invariant)} to Sunday {last.End.AddDays(-1).ToString("yyyy-MM-dd", Invariant)}";

    /// <summary>
    /// How a brand's rank moved between two periods: "up 1", "down 2", "same" only when it is ranked in both and both
    /// leaderboards rank the same number of brands, at least two (rank 1 of 1 against =2 of 4 is no movement: the field
    /// changed, not the brand's place in it); else "not comparable (1 ranked now, 4 then)", or a dash when it is not
    /// ranked in one of them.
    /// </summary>
    internal static string RankMove(ScorecardPeriod now, ScorecardPeriod before)
    {
        if (now.Brand?.Rank is not { } r || before.Brand?.Rank is not { } rb)
        {
            return ReportFormat.Missing;
        }

        var industry = now.Brand.Brand.Industry;
        var (fieldNow, fieldThen) = (now.RankedInIndustry(industry), before.RankedInIndustry(industry));
        if (fieldNow != fieldThen || fieldNow < 2)
        {
            return $"not comparable ({ReportFormat.Count(fieldNow)} ranked now, {ReportFormat.Count(fieldThen)} then)";
        }

        var gained = rb - r;
        return gained switch
        {
            > 0 => $"up {ReportFormat.Plural(gained, "place")}",
            < 0 => $"down {ReportFormat.Plural(-gained, "place")}",
            _ => "same",
        };
    }

    internal static string Points(double? a, double? b) => a is { } x && b is { } y ? ReportFormat.SignedPoints(Printed.PointsGap(x, y)) : ReportFormat.Missing;

    internal static string PercentagePoints(double? a, double? b) => a is { } x && b is { } y ? ReportFormat.SignedPoints(Printed.PercentGap(x, y)) + " pp" : ReportFormat.Missing;

    private static string CountChange(double? a, double? b) =>
        a is { } x && b is { } y ? (x - y > 0 ? "+" : string.Empty) + ReportFormat.Count((long)(x - y)) : ReportFormat.Missing;

    internal static string DurationChange(double? a, double? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return ReportFormat.Missing;
        }

        var difference = x - y;
        return Math.Round(difference) == 0 ? "0 s" : (difference > 0 ? "+" : "-") + ReportFormat.Duration(Math.Abs(difference));
    }
}
