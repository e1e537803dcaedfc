using Benchmarking.Engine.Text;

namespace Benchmarking.Reports.Tests.Support;

/// <summary>
/// Hand-made text quality for report tests: Delta with every figure filled, American Airlines without replies or
/// follow-ups. With <c>hostile</c>, template text, theme and kind names, example ids, authors and texts are replaced by
/// <see cref="Some.Hostile"/> strings (brand names come hostile from <see cref="Some.Result(bool, bool)"/>).
/// </summary>
internal static class SomeQuality
{
    public static readonly IReadOnlyList<string> HostileFields = ["template-text", "theme-name", "kind-name", "phrase", "example-text", "example-author", "example-id"];

    public static IReadOnlyList<BrandQuality> List(bool hostile = false)
    {
        string Text(string field, string plain) => hostile ? Some.Hostile(field) : plain;
        var at = new DateTimeOffset(2017, 10, 2, 8, 0, 0, TimeSpan.Zero);
        var exampleId = Text("example-id", "1004");
        var delta = new BrandQuality(
            "delta",
            Replies: 800,
            TemplatedReplies: 312,
            TemplatedShare: 0.39,
            TopTemplates:
            [
                new("a1b2c3d4e5f60718", Text("template-text", "hi we're sorry to hear that please dm us your confirmation # so we can help"), 180, 4, ["1001", "1002"]),
                new("0f1e2d3c4b5a6978", "thanks for reaching out have a great flight", 132, 1, ["1003"]),
            ],
            DeflectedReplies: 240,
            DeflectionRate: 0.3,
            DeflectionKinds: [new("dm", 200, ["1001"]), new(Text("kind-name", "phone"), 55, ["1005"])],
            HedgedReplies: 96,
            HedgingShare: 0.12,
            HedgingKinds: [new("empty-apology", 60, ["1002"]), new("hedge", 40, [])],
            Mentions: 1200,
            ResponseRate: 0.5833,
            ActionableMentions: 700,
            ActionableResponseRate: 0.7,
            MentionSentiment: [new("negative", 640, [exampleId]), new("neutral", 400, []), new("positive", 160, ["1006"])],
            MentionIntent: [new("complaint", 500, [exampleId]), new("question", 200, []), new("praise", 150, ["1006"]), new("other", 350, [])],
            Recovery: new RecoveryCounts(Improved: 90, Same: 60, Worsened: 30, NoFollowUp: 520, ["1007"]) { Transitions = Transitions },
            Themes:
            [
                new("delays", 210, 80, 130, "rising", [exampleId]),
                new(Text("theme-name", "baggage"), 95, 50, 45, "steady", []),
            ],
            Examples: new Dictionary<string, QualityExample>(StringComparer.Ordinal)
            {
                [exampleId] = new(exampleId, Text("example-author", "cust-3f9a0c1b2d"), at, Text("example-text", "@Delta my flight is delayed again | *why* <br> #late")),
                ["1001"] = new("1001", "Delta", at.AddMinutes(20), "@cust-3f9a0c1b2d Hi, we're sorry to hear that. Please DM us your confirmation # so we can help. *AFM"),
                ["1002"] = new("1002", "Delta", at.AddMinutes(25), "@cust-77aa01bc3e Sorry for any inconvenience. We're looking into it."),
                ["1007"] = new("1007", "cust-3f9a0c1b2d", at.AddHours(2), "@Delta worse than ever\nnobody helps"),
            })
        {
            SentimentValidation = [Validation],
            RecoveryShares = ShareEstimator.EstimateRecovery([.. Transitions.Select(t => (int)t)], [Validation.Confusion]),
            DiscoveredThemes =
            [
                new(Text("phrase", "seat assignment"), 42, 6.27, Weeks(new DateOnly(2017, 10, 2), 3, 5, 9, 25), [exampleId]),
                new("wifi", 12, 2.05, Weeks(new DateOnly(2017, 10, 2), 0, 0, 12, 0), []),
            ],
        };
        var american = new BrandQuality(
            "american-airlines",
            Replies: 0,
            TemplatedReplies: 0,
            TemplatedShare: null,
            TopTemplates: [],
            DeflectedReplies: 0,
            DeflectionRate: null,
            DeflectionKinds: [],
            HedgedReplies: 0,
            HedgingShare: null,
            HedgingKinds: [],
            Mentions: 3,
            ResponseRate: null,
            ActionableMentions: 0,
            ActionableResponseRate: null,
            MentionSentiment: [new("neutral", 3, [])],
            MentionIntent: [new("other", 3, [])],
            Recovery: new RecoveryCounts(0, 0, 0, 0, []),
            Themes: [],
            Examples: new Dictionary<string, QualityExample>(StringComparer.Ordinal));
        return [delta, american];
    }

    // Delta's 180 conversations with a follow-up per (mention, follow-up) class: 90 improved, 60 same, 30 worse.
    private static readonly long[] Transitions = [40, 50, 30, 10, 15, 10, 5, 15, 5];

    /// <summary>A made-up in-domain validation of the sentiment model (rows: true negative, neutral, positive).</summary>
    public static readonly SentimentValidation Validation = new("airline-held-out", InDomain: true, Confusion: [[800, 150, 50], [150, 700, 150], [50, 200, 750]]);

    private static IReadOnlyList<WeekCount> Weeks(DateOnly first, params long[] counts) =>
        [.. counts.Select((c, i) => new WeekCount(first.AddDays(7 * i), c))];
}
