using Benchmarking.Engine.Metrics;
using Xunit.Sdk;

namespace Benchmarking.Engine.Tests.Reference;

/// <summary>
/// Field-by-field comparison of engine and reference figures: counts exactly, doubles within 1e-9 relative (1e-12
/// absolute near zero, for spreads that are differences of logs), nulls where the other side is null. Every mismatch
/// is reported at once, each naming the brand and the field.
/// </summary>
internal static class Agreement
{
    public const double Relative = 1e-9;
    public const double AbsoluteNearZero = 1e-12;

    public static void Equal(IReadOnlyList<BrandMetrics> expected, IReadOnlyList<BrandMetrics> actual, string context)
    {
        var problems = new List<string>();
        var expectedIds = expected.Select(m => m.BrandId).ToList();
        var actualIds = actual.Select(m => m.BrandId).ToList();
        if (!expectedIds.SequenceEqual(actualIds))
        {
            problems.Add($"brands differ: reference only [{string.Join(", ", expectedIds.Except(actualIds))}], engine only [{string.Join(", ", actualIds.Except(expectedIds))}]");
        }

        foreach (var (e, a) in expected.Join(actual, m => m.BrandId, m => m.BrandId, (e, a) => (e, a)))
        {
            Compare(problems, e.BrandId, e, a);
        }

        Fail(problems, context);
    }

    public static void Equal(IReadOnlyList<ReplyLatency> expected, IReadOnlyList<ReplyLatency> actual, string context)
    {
        var problems = new List<string>();
        var expectedIds = expected.Select(m => m.BrandId).ToList();
        var actualIds = actual.Select(m => m.BrandId).ToList();
        if (!expectedIds.SequenceEqual(actualIds))
        {
            problems.Add($"brands differ: reference only [{string.Join(", ", expectedIds.Except(actualIds))}], engine only [{string.Join(", ", actualIds.Except(expectedIds))}]");
        }

        foreach (var (e, a) in expected.Join(actual, m => m.BrandId, m => m.BrandId, (e, a) => (e, a)))
        {
            Stats(problems, e.BrandId, e.Stats, a.Stats);
        }

        Fail(problems, context);
    }

    public static bool Close(double expected, double actual) =>
        expected == actual
        || Math.Abs(expected - actual) <= Relative * Math.Max(Math.Abs(expected), Math.Abs(actual))
        || Math.Abs(expected - actual) <= AbsoluteNearZero;

    private static void Compare(List<string> problems, string brand, BrandMetrics e, BrandMetrics a)
    {
        Count(problems, brand, nameof(e.Mentions), e.Mentions, a.Mentions);
        Count(problems, brand, nameof(e.Answered), e.Answered, a.Answered);
        Count(problems, brand, nameof(e.Pending), e.Pending, a.Pending);
        Count(problems, brand, nameof(e.Unanswered), e.Unanswered, a.Unanswered);
        Count(problems, brand, nameof(e.RepliesBeforeMention), e.RepliesBeforeMention, a.RepliesBeforeMention);
        Count(problems, brand, nameof(e.BrandReplies), e.BrandReplies, a.BrandReplies);
        Double(problems, brand, nameof(e.ResponseRate), e.ResponseRate, a.ResponseRate);
        Double(problems, brand, nameof(e.LogIqrDecades), e.LogIqrDecades, a.LogIqrDecades);
        Double(problems, brand, nameof(e.Within15Min), e.Within15Min, a.Within15Min);
        Double(problems, brand, nameof(e.Within1Hour), e.Within1Hour, a.Within1Hour);
        Double(problems, brand, nameof(e.Within24Hours), e.Within24Hours, a.Within24Hours);
        Stats(problems, brand, e.FirstResponse, a.FirstResponse);
    }

    private static void Stats(List<string> problems, string brand, ResponseTimeStats e, ResponseTimeStats a)
    {
        Count(problems, brand, "Count", e.Count, a.Count);
        Double(problems, brand, nameof(e.MedianSeconds), e.MedianSeconds, a.MedianSeconds);
        Double(problems, brand, nameof(e.MeanSeconds), e.MeanSeconds, a.MeanSeconds);
        Double(problems, brand, nameof(e.VarianceSeconds2), e.VarianceSeconds2, a.VarianceSeconds2);
        Double(problems, brand, nameof(e.StdDevSeconds), e.StdDevSeconds, a.StdDevSeconds);
        Double(problems, brand, nameof(e.P25Seconds), e.P25Seconds, a.P25Seconds);
        Double(problems, brand, nameof(e.P75Seconds), e.P75Seconds, a.P75Seconds);
        Double(problems, brand, nameof(e.P90Seconds), e.P90Seconds, a.P90Seconds);
    }

    private static void Count(List<string> problems, string brand, string field, long e, long a)
    {
        if (e != a)
        {
            problems.Add($"{brand}.{field}: reference {e}, engine {a}");
        }
    }

    private static void Double(List<string> problems, string brand, string field, double? e, double? a)
    {
        var same = (e, a) switch
        {
            (null, null) => true,
            ({ } x, { } y) => Close(x, y),
            _ => false,
        };
        if (!same)
        {
            problems.Add(FormattableString.Invariant($"{brand}.{field}: reference {e:R}, engine {a:R}"));
        }
    }

    private static void Fail(List<string> problems, string context)
    {
        if (problems.Count > 0)
        {
            throw new XunitException($"{context}: {problems.Count} disagreement(s){Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems.Take(50)));
        }
    }
}
