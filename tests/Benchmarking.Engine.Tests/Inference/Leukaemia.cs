using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Tests.Inference;

/// <summary>
/// The classic remission data of Freireich et al. (1963), analysed by Gehan (1965) and in every survival textbook
/// (Klein &amp; Moeschberger §4.2, R's <c>MASS::gehan</c>): weeks in remission of 21 leukaemia patients on 6-MP
/// (12 censored, marked *) and 21 on placebo (none censored). Here a relapse plays the part of a brand's answer.
/// </summary>
internal static class Leukaemia
{
    /// <summary>6-MP: 6 6 6 6* 7 9* 10 10* 11* 13 16 17* 19* 20* 22 23 25* 32* 32* 34* 35*.</summary>
    public static MentionOutcome[] SixMp { get; } =
    [
        Event(6), Event(6), Event(6), Censored(6), Event(7), Censored(9), Event(10), Censored(10), Censored(11), Event(13),
        Event(16), Censored(17), Censored(19), Censored(20), Event(22), Event(23), Censored(25), Censored(32), Censored(32),
        Censored(34), Censored(35),
    ];

    /// <summary>Placebo: 1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23, all relapses.</summary>
    public static MentionOutcome[] Placebo { get; } =
        [.. new double[] { 1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23 }.Select(Event)];

    private static MentionOutcome Event(double t) => MentionOutcome.Answer(t);

    private static MentionOutcome Censored(double t) => MentionOutcome.NoAnswer(t);
}
