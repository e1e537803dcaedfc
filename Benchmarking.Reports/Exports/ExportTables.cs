using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Text;

namespace Benchmarking.Reports.Exports;

/// <summary>
/// Builds the export tables from a benchmark result and the store's mention facts. Column names, types, units and
/// null meanings are documented in <c>docs/exports.md</c>; keep both in step.
/// </summary>
internal static class ExportTables
{
    /// <summary>Brands in leaderboard order (industries as in the result; ranked brands, then not-enough-data ones).</summary>
    public static ExportTable Brands(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var brands = result.AllBrands.ToList();
        var components = brands.SelectMany(b => b.Score.Components.Select(c => c.Id)).Distinct(StringComparer.Ordinal).ToList();
        List<ExportColumn> columns =
        [
            Text("brand_id"), Text("brand_name"), Text("industry"), Bool("eligible"), Int("rank"), Int("tie_group"),
            Int("mentions"), Int("answered"), Int("pending"), Int("unanswered"), Int("brand_replies"), Int("replies_before_mention"),
            Real("response_rate"), Real("response_rate_low"), Real("response_rate_high"),
            Real("median_seconds"), Real("median_seconds_low"), Real("median_seconds_high"),
            Real("mean_seconds"), Real("p25_seconds"), Real("p75_seconds"), Real("p90_seconds"), Real("sd_seconds"), Real("log_iqr_decades"),
            Real("within_15min"), Real("within_1h"), Real("within_24h"),
            Real("km_within_15min"), Real("km_within_1h"), Real("km_within_24h"),
            .. components.Select(id => Real("score_" + id.Replace('-', '_'))),
            Real("care_score"), Real("care_score_low"), Real("care_score_high"), Int("rank_low"), Int("rank_high"),
            Text("methodology_version"), Text("normalisation"),
            // Methodology v4, appended: the clock the score used, the brand's zone, both clocks' figures, out of hours.
            Text("clock"), Text("time_zone"), Bool("always_open"),
            .. ClockColumns("wall"), .. ClockColumns("business"),
            Int("out_of_hours_mentions"), Int("out_of_hours_answered"), Real("out_of_hours_answer_rate"),
        ];
        var version = result.ScoreOptions.Version;
        var normalisation = result.ScoreOptions.Normalisation.ToString().ToLowerInvariant();
        var clock = result.ScoreOptions.Clock.ToString().ToLowerInvariant();
        return new ExportTable("brands", columns, brands.Select(b => (object?[])[.. BrandRow(b, components, version, normalisation), .. ClockRow(b, clock)]));
    }

    /// <summary>Every brand: eligible ones in rank order, then the others, industry by industry.</summary>
    public static ExportTable Rankings(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        List<ExportColumn> columns = [Text("industry"), Int("rank"), Text("brand_id"), Real("score"), Bool("eligible")];
        var rows = result.Leaderboards.SelectMany(board => board.Ranked.Concat(board.NotEnoughData).Select(b => new object?[]
        {
            board.Industry, (long?)b.Rank, b.Brand.Id, b.Score.Total, b.Rank is not null,
        }));
        return new ExportTable("rankings", columns, rows);
    }

    /// <summary>
    /// One row per mention fact, streamed: <paramref name="facts"/> is enumerated once per format written. The customer
    /// is <c>cust-</c> + 10 hex digits of HMAC-SHA-256(key, lower-case handle) unless <see cref="ExportOptions.ShowCustomers"/>.
    /// </summary>
    public static ExportTable Mentions(IEnumerable<MentionFact> facts, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        var pseudonyms = new Pseudonymizer(options.PseudonymKey, new HashSet<string>(StringComparer.Ordinal));
        Func<string, string> customer = options.ShowCustomers ? handle => handle : pseudonyms.Pseudonym;
        List<ExportColumn> columns =
        [
            Text("platform"), Text("post_id"), Text("brand_id"), Text("customer"), Stamp("created_at"), Text("status"),
            Stamp("first_reply_at"), Real("response_seconds"),
        ];
        var rows = facts.Select(f => new object?[]
        {
            f.Platform, f.PostId, f.BrandId, customer(f.Author), f.CreatedAt.ToUniversalTime(), f.Status.ToName(), f.FirstReplyAt?.ToUniversalTime(), f.ResponseSeconds,
        });
        return new ExportTable("mentions", columns, rows);
    }

    private static object?[] BrandRow(RankedBrand b, IReadOnlyList<string> components, string version, string normalisation)
    {
        var m = b.Metrics;
        var u = b.Uncertainty;
        var t = m.FirstResponse;
        return
        [
            b.Brand.Id, b.Brand.Name, b.Brand.Industry, b.Rank is not null, (long?)b.Rank, (long?)b.TieGroup,
            m.Mentions, m.Answered, m.Pending, m.Unanswered, m.BrandReplies, m.RepliesBeforeMention,
            m.ResponseRate, u?.ResponseRate?.Lower, u?.ResponseRate?.Upper,
            t.MedianSeconds, u?.MedianSeconds?.Lower, u?.MedianSeconds?.Upper,
            t.MeanSeconds, t.P25Seconds, t.P75Seconds, t.P90Seconds, t.StdDevSeconds, m.LogIqrDecades,
            m.Within15Min, m.Within1Hour, m.Within24Hours,
            m.Survival?.Within15Min, m.Survival?.Within1Hour, m.Survival?.Within24Hours,
            .. components.Select(id => (object?)b.Score.Components.FirstOrDefault(c => c.Id == id)?.Score),
            b.Score.Total, u?.Score?.Lower, u?.Score?.Upper, (long?)u?.RankLow, (long?)u?.RankHigh,
            version, normalisation,
        ];
    }

    /// <summary>One clock's response-time figures (<c>wall_…</c> or <c>business_…</c>).</summary>
    private static IEnumerable<ExportColumn> ClockColumns(string clock) =>
    [
        Real(clock + "_median_seconds"), Real(clock + "_mean_seconds"), Real(clock + "_variance_seconds2"),
        Real(clock + "_p25_seconds"), Real(clock + "_p75_seconds"), Real(clock + "_p90_seconds"), Real(clock + "_log_iqr_decades"),
        Real(clock + "_within_15min"), Real(clock + "_within_1h"), Real(clock + "_within_24h"),
        Real(clock + "_km_within_15min"), Real(clock + "_km_within_1h"), Real(clock + "_km_within_24h"),
    ];

    private static object?[] ClockRow(RankedBrand b, string clock)
    {
        var m = b.Metrics;
        var wall = m.WallClock ?? Engine.Metrics.ClockFigures.Of(m);
        var business = m.BusinessClock ?? wall;
        var outOfHours = m.OutOfHours ?? Engine.Metrics.OutOfHoursMentions.None;
        static IEnumerable<object?> Figures(Engine.Metrics.ClockFigures f) =>
        [
            f.FirstResponse.MedianSeconds, f.FirstResponse.MeanSeconds, f.FirstResponse.VarianceSeconds2,
            f.FirstResponse.P25Seconds, f.FirstResponse.P75Seconds, f.FirstResponse.P90Seconds, f.LogIqrDecades,
            f.Within15Min, f.Within1Hour, f.Within24Hours,
            f.Survival?.Within15Min, f.Survival?.Within1Hour, f.Survival?.Within24Hours,
        ];
        return
        [
            clock, b.Brand.TimeZoneId, b.Brand.IsAlwaysOpen,
            .. Figures(wall), .. Figures(business),
            outOfHours.Mentions, outOfHours.Answered, outOfHours.AnswerRate,
        ];
    }

    private static ExportColumn Text(string name) => new(name, ExportColumnType.Text);

    private static ExportColumn Int(string name) => new(name, ExportColumnType.Integer);

    private static ExportColumn Real(string name) => new(name, ExportColumnType.Real);

    private static ExportColumn Bool(string name) => new(name, ExportColumnType.Boolean);

    private static ExportColumn Stamp(string name) => new(name, ExportColumnType.Timestamp);
}
