using Benchmarking.Engine.History;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Reports.Tests.Support;

/// <summary>Hand-made weekly snapshots: three consecutive weeks, a brand entering, one leaving, one with hostile text.</summary>
internal static class SomeWeeks
{
    public const string Hostile = "<script>alert(1)</script> | *Air*";

    public static WeeklyBrandResult Brand(string id, string name, int? rank, double responsiveness, double speed, long mentions = 100, string industry = "airlines") =>
        new(id, name, industry, rank, null, mentions, mentions / 2, 0, responsiveness / 100, 60 * (100 - speed), (responsiveness * 0.5) + (speed * 0.5), null, null,
            [new ComponentScore("responsiveness", "Responsiveness", responsiveness, 0.5), new ComponentScore("speed", "Speed", speed, 0.5)]);

    public static WeeklySnapshot Week(string week, long pending, params WeeklyBrandResult[] brands) =>
        new(IsoWeek.Parse(week), IsoWeek.Parse(week).End.AddHours(6), "2.0", "responsiveness 0.50, speed 0.50", "absolute",
            TimeSpan.FromHours(72), 50, 0, 1, IsoWeek.Parse(week).Start.AddHours(1), IsoWeek.Parse(week).End.AddHours(-1), IsoWeek.Parse(week).End.AddHours(5),
            new SnapshotAccounting(brands.Sum(b => b.Mentions) * 2, brands.Sum(b => b.Mentions), pending, 10_000, 2, 0, 0, 0), brands);

    public static IReadOnlyList<WeeklySnapshot> History() =>
    [
        Week("2017-W42", 0, Brand("delta", "Delta", 1, 80, 70), Brand("hostile", Hostile, 2, 60, 60), Brand("gone", "Gone Air", 3, 40, 40)),
        Week("2017-W43", 0, Brand("delta", "Delta", 2, 78, 50), Brand("hostile", Hostile, 1, 70, 66), Brand("gone", "Gone Air", null, 40, 40, mentions: 12), Brand("new", "New Air", null, 50, 50, mentions: 20)),
        Week("2017-W44", 12, Brand("delta", "Delta", 1, 90, 80), Brand("hostile", Hostile, 2, 70, 60), Brand("new", "New Air", 3, 50, 50, mentions: 70), Brand("tel", "Tel Co", 1, 50, 50, industry: "telecom")),
    ];
}
