using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Tests.Scoring;

/// <summary>Seeded random <see cref="BrandMetrics"/> for property tests; every field is within its documented range.</summary>
internal static class SomeMetrics
{
    public static BrandMetrics Random(Random random, string brandId = "acme")
    {
        var mentions = (long)random.Next(0, 400);
        var pending = mentions == 0 ? 0 : random.Next(0, (int)Math.Min(mentions, 10) + 1);
        var decided = mentions - pending;
        var answered = decided == 0 ? 0 : random.Next(0, (int)decided + 1);
        var noAnswers = answered == 0;
        double? rate = decided > 0 ? answered / (double)decided : null;

        // Medians from 0 s to ~10 days on a log scale, so both speed anchors are crossed.
        double? median = noAnswers ? null : random.Next(10) == 0 ? 0 : Math.Pow(10, random.NextDouble() * 6);
        double? iqr = noAnswers ? null : random.NextDouble() * 3.5;

        // Nested shares: within 15 min ≤ within 1 h ≤ within 24 h ≤ response rate; Kaplan–Meier shares half the time.
        double? in24 = rate * random.NextDouble();
        double? in60 = in24 * random.NextDouble();
        double? in15 = in60 * random.NextDouble();
        var survival = mentions > 0 && random.Next(2) == 0
            ? new SurvivalShares(in15 * (1 + (0.1 * random.NextDouble())), in60 * (1 + (0.1 * random.NextDouble())), in24)
            : null;
        // Replies with text features (methodology v3): four random cells, none at all one time in ten.
        var replyText = random.Next(10) == 0
            ? ReplyTextCounts.None
            : new ReplyTextCounts(random.Next(0, 50), random.Next(0, 100), random.Next(0, 100), random.Next(0, 200));
        return new BrandMetrics(
            brandId,
            mentions,
            answered,
            pending,
            decided - answered,
            rate,
            new ResponseTimeStats(answered, median, median, null, null, median, median, median),
            iqr,
            in15,
            in60,
            in24,
            0,
            random.Next(0, 500),
            survival,
            replyText);
    }

    public static BrandMetrics With(
        BrandMetrics metrics,
        double? responseRate = null,
        double? median = null,
        double? logIqr = null,
        double? within15Min = null,
        double? within1Hour = null,
        ReplyTextCounts? replyText = null) =>
        metrics with
        {
            ReplyText = replyText ?? metrics.ReplyText,
            ResponseRate = responseRate ?? metrics.ResponseRate,
            FirstResponse = metrics.FirstResponse with { MedianSeconds = median ?? metrics.FirstResponse.MedianSeconds },
            LogIqrDecades = logIqr ?? metrics.LogIqrDecades,
            Within15Min = metrics.Survival is null ? within15Min ?? metrics.Within15Min : metrics.Within15Min,
            Within1Hour = metrics.Survival is null ? within1Hour ?? metrics.Within1Hour : metrics.Within1Hour,
            Survival = metrics.Survival is { } s
                ? s with { Within15Min = within15Min ?? s.Within15Min, Within1Hour = within1Hour ?? s.Within1Hour }
                : null,
        };

    /// <summary>
    /// The replies with up to <paramref name="fraction"/> of the canned ones made original (canned-only → neither,
    /// canned-and-deflecting → deflecting-only): the canned share never rises.
    /// </summary>
    public static ReplyTextCounts? LessCanned(ReplyTextCounts? text, double fraction)
    {
        if (text is null)
        {
            return null;
        }

        var a = (long)(text.CannedOnly * fraction);
        var b = (long)(text.CannedDeflecting * fraction);
        return new ReplyTextCounts(text.CannedDeflecting - b, text.CannedOnly - a, text.DeflectingOnly + b, text.Neither + a);
    }

    /// <summary>
    /// The replies with up to <paramref name="fraction"/> of the deflecting ones answered in place (deflecting-only →
    /// neither, canned-and-deflecting → canned-only): the deflection rate never rises.
    /// </summary>
    public static ReplyTextCounts? LessDeflecting(ReplyTextCounts? text, double fraction)
    {
        if (text is null)
        {
            return null;
        }

        var a = (long)(text.DeflectingOnly * fraction);
        var b = (long)(text.CannedDeflecting * fraction);
        return new ReplyTextCounts(text.CannedDeflecting - b, text.CannedOnly + b, text.DeflectingOnly - a, text.Neither + a);
    }

    /// <summary>The SLA inputs the score uses: the Kaplan–Meier shares when present, else the naive ones.</summary>
    public static (double? Within15Min, double? Within1Hour) SlaShares(BrandMetrics metrics) =>
        (metrics.Survival?.Within15Min ?? metrics.Within15Min, metrics.Survival?.Within1Hour ?? metrics.Within1Hour);
}
