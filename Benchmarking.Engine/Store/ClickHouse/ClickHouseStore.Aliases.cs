using System.Globalization;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>Hidden-alias candidates on the cluster: each shard counts its own customer posts, the client adds the shards up.</summary>
internal sealed partial class ClickHouseStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// The DuckDB store's definition (<see cref="Store.AliasCandidates"/>) in three per-shard statements: the answered
    /// posts per brand (alias-shares.sql), per handle and answering brand (alias-brands.sql), and, for the handles that
    /// pass the thresholds once the shards are added up, their mentions and own posts (alias-handles.sql). Each customer
    /// post lies on one shard, so every count adds up over the shards; the examples are the first ids of the merged lists.
    /// </remarks>
    public IReadOnlyList<AliasSuggestion> AliasCandidates(AliasSuggestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var batches = CommittedBatches();
        static long Long(string value) => long.Parse(value, CultureInfo.InvariantCulture);

        var perShard = PerShard(Render("alias-shares", batches, null));
        // Every row of a shard repeats its distinct answered posts; a post lies on one shard, so the shards add up.
        var answeredPosts = perShard.Sum(rows => rows.Count == 0 ? 0 : Long(rows[0][3]));
        var answeredByBrand = perShard.SelectMany(rows => rows).GroupBy(r => (Platform: r[0], Brand: r[1])).ToDictionary(g => g.Key, g => g.Sum(r => Long(r[2])));

        var more = new Dictionary<string, string> { ["{examples}"] = options.Examples.ToString(CultureInfo.InvariantCulture) };
        var perBrand = OnEveryShard(Render("alias-brands", batches, null, more: more))
            .GroupBy(r => (Platform: r[0], Handle: r[1], Brand: r[2]))
            .Select(g => (g.Key, Answered: g.Sum(r => Long(r[3])), New: g.Sum(r => Long(r[4])),
                Examples: g.SelectMany(r => r[5].Split('\n', StringSplitOptions.RemoveEmptyEntries)).Order(StringComparer.Ordinal).Take(options.Examples).ToList()))
            .Where(b => b.Answered >= options.MinimumAnswered && b.New > 0)
            .ToList();
        if (perBrand.Count == 0)
        {
            return [];
        }

        var handles = perBrand.Select(b => (b.Key.Platform, b.Key.Handle)).Distinct().ToList();
        more["{handles}"] = string.Join(',', handles.Select(h => $"({Tsv.Literal(h.Platform)},{Tsv.Literal(h.Handle)})"));
        var perHandle = OnEveryShard(Render("alias-handles", batches, null, more: more))
            .GroupBy(r => (Platform: r[0], Handle: r[1]))
            .ToDictionary(g => g.Key, g => (Mentions: g.Sum(r => Long(r[2])), AnsweredAny: g.Sum(r => Long(r[3])), Authored: g.Sum(r => Long(r[4]))));

        var found = new List<AliasSuggestion>();
        foreach (var b in perBrand)
        {
            if (!PlatformNames.TryParse(b.Key.Platform, out var platform)
                || !perHandle.TryGetValue((b.Key.Platform, b.Key.Handle), out var h)
                || !answeredByBrand.TryGetValue((b.Key.Platform, b.Key.Brand), out var brandAnswered))
            {
                continue;
            }

            found.Add(Store.AliasCandidates.Suggestion(b.Key.Brand, platform, b.Key.Handle, h.Mentions, h.AnsweredAny, b.Answered, b.New,
                (double)brandAnswered / answeredPosts, h.Authored, b.Examples));
        }

        return Store.AliasCandidates.Choose(found, options);
    }
}
