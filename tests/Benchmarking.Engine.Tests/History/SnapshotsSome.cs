using Benchmarking.Engine.History;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Tests.History;

/// <summary>Small hand-made snapshots for history tests.</summary>
internal static class SnapshotsSome
{
    public static WeeklyBrandResult Brand(string id, int? rank, double responsiveness, double speed, long mentions = 100, string industry = "airlines") =>
        new(id, id.ToUpperInvariant(), industry, rank, null, mentions, mentions / 2, 0, responsiveness / 100, 600, (responsiveness * 0.5) + (speed * 0.5), null, null,
            [new ComponentScore("responsiveness", "Responsiveness", responsiveness, 0.5), new ComponentScore("speed", "Speed", speed, 0.5)]);

    public static WeeklySnapshot Week(string week, params WeeklyBrandResult[] brands) =>
        new(IsoWeek.Parse(week), new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), "2.0", "responsiveness 0.50, speed 0.50", "absolute",
            TimeSpan.FromHours(72), 50, 0, 1, null, null, null, new SnapshotAccounting(0, brands.Sum(b => b.Mentions), 0, 0, 0, 0, 0, 0), brands);
}
