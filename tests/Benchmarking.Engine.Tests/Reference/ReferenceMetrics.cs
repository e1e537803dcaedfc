using System.Text.RegularExpressions;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using MathNet.Numerics.Statistics;

namespace Benchmarking.Engine.Tests.Reference;

/// <summary>
/// Methodology v1 written a second time, as plainly as possible: in-memory posts, LINQ and MathNet.Numerics, no SQL and
/// none of the engine's ingest or metrics code. The engine's <c>MetricsCalculator</c> must agree with it on every field.
/// </summary>
internal static partial class ReferenceMetrics
{
    /// <summary>A mention's fate, per methodology §2.</summary>
    internal enum Status
    {
        Answered,
        Pending,
        Unanswered,
    }

    /// <summary>One (mention, brand) fact with its first response.</summary>
    internal sealed record MentionFact(ReferencePost Mention, string BrandId, double? FirstResponseSeconds, int RepliesBeforeMention, Status Status);

    /// <summary>Every (mention, brand addressed) in the period, with its first response and status.</summary>
    public static IReadOnlyList<MentionFact> MentionFacts(IReadOnlyList<ReferencePost> posts, BrandRegistry registry, MetricsOptions options)
    {
        var brandOf = BrandLookup(registry);
        var aliasOf = AliasLookup(registry);
        var byId = posts.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var repliesTo = posts.Where(p => p.ParentId is not null).ToLookup(p => p.ParentId!, StringComparer.Ordinal);
        var asOf = options.AsOf?.UtcDateTime ?? posts.Max(p => p.CreatedUtc);
        var facts = new List<MentionFact>();
        foreach (var post in posts.Where(p => brandOf(p.Author) is null && !p.Text.StartsWith("RT @", StringComparison.Ordinal) && InPeriod(p.CreatedUtc, options)))
        {
            var addressed = new SortedSet<string>(StringComparer.Ordinal);
            if (post.ParentId is not null && byId.TryGetValue(post.ParentId, out var parent) && brandOf(parent.Author) is { } repliedTo)
            {
                addressed.Add(repliedTo);
            }

            foreach (Match match in MentionPattern().Matches(post.Text))
            {
                if ((brandOf(match.Groups[1].Value) ?? aliasOf(match.Groups[1].Value)) is { } mentioned)
                {
                    addressed.Add(mentioned);
                }
            }

            foreach (var brand in addressed)
            {
                var replies = repliesTo[post.Id].Where(r => brandOf(r.Author) == brand).ToList();
                var early = replies.Count(r => r.CreatedUtc < post.CreatedUtc);
                var onTime = replies.Where(r => r.CreatedUtc >= post.CreatedUtc).Select(r => r.CreatedUtc).ToList();
                double? seconds = onTime.Count > 0 ? (onTime.Min() - post.CreatedUtc).TotalSeconds : null;
                var status = seconds is { } s && s <= options.AnswerWindow.TotalSeconds ? Status.Answered
                    : post.CreatedUtc + options.AnswerWindow > asOf ? Status.Pending
                    : Status.Unanswered;
                facts.Add(new MentionFact(post, brand, seconds, early, status));
            }
        }

        return facts;
    }

    /// <summary>Metrics of every brand with at least one mention in the period, ordered by brand id.</summary>
    public static IReadOnlyList<BrandMetrics> Compute(IReadOnlyList<ReferencePost> posts, BrandRegistry registry, MetricsOptions options)
    {
        var brandOf = BrandLookup(registry);
        var result = new List<BrandMetrics>();
        foreach (var brand in MentionFacts(posts, registry, options).GroupBy(f => f.BrandId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var mentions = brand.Count();
            var answered = brand.Where(f => f.Status == Status.Answered).Select(f => f.FirstResponseSeconds!.Value).ToArray();
            var pending = brand.Count(f => f.Status == Status.Pending);
            var decided = mentions - pending;
            double? Share(double limit) => decided > 0 ? answered.Count(s => s <= limit) / (double)decided : null;
            var logs = answered.Select(s => Math.Log10(Math.Max(s, 1.0))).ToArray();
            result.Add(new BrandMetrics(
                BrandId: brand.Key,
                Mentions: mentions,
                Answered: answered.Length,
                Pending: pending,
                Unanswered: brand.Count(f => f.Status == Status.Unanswered),
                ResponseRate: decided > 0 ? answered.Length / (double)decided : null,
                FirstResponse: Stats(answered),
                LogIqrDecades: logs.Length > 0 ? Quantile(logs, 0.75) - Quantile(logs, 0.25) : null,
                Within15Min: Share(900),
                Within1Hour: Share(3600),
                Within24Hours: Share(86400),
                RepliesBeforeMention: brand.Sum(f => f.RepliesBeforeMention),
                BrandReplies: posts.Count(p => brandOf(p.Author) == brand.Key && InPeriod(p.CreatedUtc, options))));
        }

        return result;
    }

    /// <summary>Every brand reply to a customer post, at or after it, by the customer post's time in the period.</summary>
    public static IReadOnlyList<ReplyLatency> ReplyLatencies(IReadOnlyList<ReferencePost> posts, BrandRegistry registry, MetricsOptions options)
    {
        var brandOf = BrandLookup(registry);
        var byId = posts.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return posts
            .Where(r => brandOf(r.Author) is not null && r.ParentId is not null && byId.ContainsKey(r.ParentId))
            .Select(r => (Reply: r, Customer: byId[r.ParentId!]))
            .Where(x => brandOf(x.Customer.Author) is null && x.Reply.CreatedUtc >= x.Customer.CreatedUtc && InPeriod(x.Customer.CreatedUtc, options))
            .GroupBy(x => brandOf(x.Reply.Author)!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReplyLatency(g.Key, Stats(g.Select(x => (x.Reply.CreatedUtc - x.Customer.CreatedUtc).TotalSeconds).ToArray())))
            .ToList();
    }

    /// <summary>Type-7 quantiles, mean and sample variance; nulls when empty (variance also for one value).</summary>
    public static ResponseTimeStats Stats(double[] seconds)
    {
        if (seconds.Length == 0)
        {
            return new ResponseTimeStats(0, null, null, null, null, null, null, null);
        }

        double? variance = seconds.Length > 1 ? Statistics.Variance(seconds) : null;
        double? sd = seconds.Length > 1 ? Statistics.StandardDeviation(seconds) : null;
        return new ResponseTimeStats(
            seconds.Length,
            Quantile(seconds, 0.5),
            Statistics.Mean(seconds),
            variance,
            sd,
            Quantile(seconds, 0.25),
            Quantile(seconds, 0.75),
            Quantile(seconds, 0.9));
    }

    /// <summary>Hyndman–Fan type 7 (numpy's default), as MathNet defines it.</summary>
    public static double Quantile(double[] values, double tau) => Statistics.QuantileCustom(values, tau, QuantileDefinition.R7);

    private static bool InPeriod(DateTime utc, MetricsOptions options) =>
        (options.From is not { } from || utc >= from.UtcDateTime) && (options.To is not { } to || utc < to.UtcDateTime);

    private static Func<string, string?> BrandLookup(BrandRegistry registry)
    {
        var handles = registry.Brands
            .SelectMany(b => b.Handles.Where(h => h.Platform == Platform.Twitter).Select(h => (Handle: Normalise(h.Handle), b.Id)))
            .ToDictionary(h => h.Handle, h => h.Id, StringComparer.Ordinal);
        return author => handles.GetValueOrDefault(Normalise(author));
    }

    /// <summary>Hidden aliases (methodology v4): a mention of one is a mention of its brand; an alias never authors the brand's posts.</summary>
    private static Func<string, string?> AliasLookup(BrandRegistry registry)
    {
        var aliases = registry.Brands
            .SelectMany(b => b.Aliases.Where(h => h.Platform == Platform.Twitter).Select(h => (Handle: Normalise(h.Handle), b.Id)))
            .ToDictionary(h => h.Handle, h => h.Id, StringComparer.Ordinal);
        return handle => aliases.GetValueOrDefault(Normalise(handle));
    }

    /// <summary>Handles match case-insensitively, without surrounding spaces or a leading <c>@</c> (methodology §1).</summary>
    private static string Normalise(string handle) => handle.Trim().TrimStart('@').ToLowerInvariant();

    [GeneratedRegex("@([A-Za-z0-9_]+)")]
    private static partial Regex MentionPattern();
}
