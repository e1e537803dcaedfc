using System.Globalization;
using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Simulation;

/// <summary>
/// What <see cref="TwcsSimulator"/> generates: volume, brands, time span, dirt and the ranges the per-brand parameters
/// are drawn from. Immutable; check with <see cref="Validate"/>, which lists every problem at once.
/// </summary>
public sealed partial record SimulationOptions
{
    /// <summary>
    /// Time after the last mention that the data still covers: late replies fall inside it, and the closing brand posts
    /// sit at its end, so every mention is decided (never pending) under the answer window.
    /// </summary>
    public static readonly TimeSpan HorizonMargin = TimeSpan.FromHours(6);

    /// <summary>Target number of posts (rows without dirt). The result is within a few percent of it. Default 100 000.</summary>
    public long Posts { get; init; } = 100_000;

    /// <summary>Number of simulated brands. Default 12.</summary>
    public int Brands { get; init; } = 12;

    /// <summary>Seed of every random draw: the same options give byte-identical files.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Start of the data (UTC, whole seconds). Default 2017-10-01, as in TWCS.</summary>
    public DateTimeOffset Start { get; init; } = new(2017, 10, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Length of the data in days. Mentions are generated in the first <c>Days − AnswerWindow − HorizonMargin</c>; the rest
    /// holds their replies. Default 30.
    /// </summary>
    public int Days { get; init; } = 30;

    /// <summary>
    /// The first post id; later ids count up from it. Files meant for one store (e.g. a history and its next week) need
    /// disjoint ranges, or their posts collide as conflicting ids. Default 1.
    /// </summary>
    public long FirstId { get; init; } = 1;

    /// <summary>Expected dirt rows per post (0–0.5): extra rejected rows, never replacing a post. Default 0.001.</summary>
    public double DirtRate { get; init; } = 0.001;

    /// <summary>The engine's answer window the truth is computed for. Default 72 hours (methodology v1).</summary>
    public TimeSpan AnswerWindow { get; init; } = TimeSpan.FromHours(72);

    /// <summary>Industries the brands are spread over, round-robin. Default airlines, telecom, retail.</summary>
    public IReadOnlyList<string> Industries { get; init; } = ["airlines", "telecom", "retail"];

    /// <summary>Lowest true response rate (share of mentions answered within the window). Default 0.10.</summary>
    public double ResponseRateMin { get; init; } = 0.10;

    /// <summary>Highest true response rate. Default 0.95.</summary>
    public double ResponseRateMax { get; init; } = 0.95;

    /// <summary>Lowest median first response, exp(mu); medians are drawn log-uniformly. Default 2 minutes.</summary>
    public TimeSpan MedianResponseMin { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Highest median first response; must be below the answer window. Default 12 hours.</summary>
    public TimeSpan MedianResponseMax { get; init; } = TimeSpan.FromHours(12);

    /// <summary>Lowest log-normal sigma (natural-log seconds). Default 0.5.</summary>
    public double SigmaMin { get; init; } = 0.5;

    /// <summary>Highest log-normal sigma. Default 2.0.</summary>
    public double SigmaMax { get; init; } = 2.0;

    /// <summary>Exponent s of the Zipf-like mention share: the brand of volume rank k gets a share ∝ 1/k^s. Default 1.</summary>
    public double ZipfExponent { get; init; } = 1.0;

    /// <summary>Chance that a customer answers a brand reply with a follow-up (a new mention). Default 0.25.</summary>
    public double FollowUpProbability { get; init; } = 0.25;

    /// <summary>Most customer posts in one conversation (the first mention and its follow-ups). Default 4.</summary>
    public int MaxCustomerTurns { get; init; } = 4;

    /// <summary>Share of not-answered mentions that still get a reply, after the window (counted as unanswered). Default 0.05.</summary>
    public double LateReplyShare { get; init; } = 0.05;

    /// <summary>Chance per brand and day of an incident day with <see cref="BurstMultiplierMin"/>–<see cref="BurstMultiplierMax"/> times the volume. Default 0.02.</summary>
    public double BurstProbability { get; init; } = 0.02;

    /// <summary>Lowest volume multiplier of an incident day. Default 3.</summary>
    public double BurstMultiplierMin { get; init; } = 3;

    /// <summary>Highest volume multiplier of an incident day. Default 10.</summary>
    public double BurstMultiplierMax { get; init; } = 10;

    /// <summary>Start as UTC, truncated to whole seconds.</summary>
    public DateTimeOffset StartUtc => new(Start.UtcTicks - (Start.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>End of the data: the closing brand posts are one second before it.</summary>
    internal DateTimeOffset End => StartUtc.AddDays(Days);

    /// <summary>No mention is generated at or after this time, so every mention's window closes before the data ends.</summary>
    internal DateTimeOffset MentionEnd => End - AnswerWindow - HorizonMargin;

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        static string F(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

        Check(Posts >= 1, $"posts must be at least 1 (was {Posts})");
        Check(FirstId >= 1, $"first id must be at least 1 (was {FirstId})");
        Check(Brands is >= 1 and <= 10_000, $"brands must be between 1 and 10000 (was {Brands})");
        if (Posts >= 1 && Brands >= 1)
        {
            Check(Posts > Brands, $"posts ({Posts}) must exceed brands ({Brands}): every brand writes one closing post");
        }

        Check(AnswerWindow > TimeSpan.Zero, $"answer window must be positive (was {AnswerWindow})");
        var minimumDays = (int)Math.Ceiling((AnswerWindow + HorizonMargin + TimeSpan.FromHours(1)).TotalDays);
        Check(Days >= minimumDays && Days <= 3660,
            $"days must be between {minimumDays} and 3660 (was {Days}): mentions stop {F((AnswerWindow + HorizonMargin).TotalHours)} h before the end so every one is decided");
        Check(Start.UtcDateTime.Year is >= 1000 and <= 9000, $"start must be a date between the years 1000 and 9000 (was {Start:O})");
        Check(DirtRate is >= 0 and <= 0.5, $"dirt rate must be between 0 and 0.5 (was {F(DirtRate)})");
        Check(Industries.Count > 0, "at least one industry is needed");
        foreach (var industry in Industries)
        {
            Check(industry is not null && IndustryPattern().IsMatch(industry), $"industry '{industry}' must be lower-case letters, digits and hyphens");
        }

        Check(Industries.Distinct(StringComparer.Ordinal).Count() == Industries.Count, "industries must be distinct");
        Check(ResponseRateMin is >= 0 and <= 1 && ResponseRateMax is >= 0 and <= 1 && ResponseRateMin <= ResponseRateMax,
            $"response rates need 0 ≤ min ≤ max ≤ 1 (min {F(ResponseRateMin)}, max {F(ResponseRateMax)})");
        Check(MedianResponseMin >= TimeSpan.FromSeconds(1) && MedianResponseMin <= MedianResponseMax,
            $"median response times need 1 s ≤ min ≤ max (min {MedianResponseMin}, max {MedianResponseMax})");
        Check(MedianResponseMax < AnswerWindow, $"median response max ({MedianResponseMax}) must be below the answer window ({AnswerWindow})");
        Check(SigmaMin > 0 && SigmaMin <= SigmaMax && SigmaMax <= 4, $"sigmas need 0 < min ≤ max ≤ 4 (min {F(SigmaMin)}, max {F(SigmaMax)})");
        Check(ZipfExponent is >= 0 and <= 5, $"Zipf exponent must be between 0 and 5 (was {F(ZipfExponent)})");
        Check(FollowUpProbability is >= 0 and <= 0.95, $"follow-up probability must be between 0 and 0.95 (was {F(FollowUpProbability)})");
        Check(MaxCustomerTurns is >= 1 and <= 50, $"max customer turns must be between 1 and 50 (was {MaxCustomerTurns})");
        Check(LateReplyShare is >= 0 and <= 1, $"late reply share must be between 0 and 1 (was {F(LateReplyShare)})");
        Check(BurstProbability is >= 0 and <= 1, $"burst probability must be between 0 and 1 (was {F(BurstProbability)})");
        Check(BurstMultiplierMin >= 1 && BurstMultiplierMin <= BurstMultiplierMax && BurstMultiplierMax <= 100,
            $"burst multipliers need 1 ≤ min ≤ max ≤ 100 (min {F(BurstMultiplierMin)}, max {F(BurstMultiplierMax)})");
        return problems;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IndustryPattern();
}
