using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Conversations;

/// <summary>
/// The conversation facts of one scope, loaded once from the store and held in memory: the typed result of the
/// conversations stage that metrics, the bootstrap, weekly figures, activity and text quality all read.
/// </summary>
/// <remarks>Brands are in ordinal order of their ids; each brand's mentions in the store's fact order.</remarks>
internal sealed class ConversationFacts
{
    private readonly Dictionary<string, BrandConversations> byId;

    private ConversationFacts(ConversationSet set, IReadOnlyList<BrandConversations> brands, DateTimeOffset? firstMention, DateTimeOffset? lastMention)
    {
        Set = set;
        Brands = brands;
        byId = brands.ToDictionary(b => b.BrandId, StringComparer.Ordinal);
        FirstMention = firstMention;
        LastMention = lastMention;
    }

    /// <summary>The store's handle on the same facts (for relational reads that join them).</summary>
    public ConversationSet Set { get; }

    /// <summary>The options the facts were built for.</summary>
    public ConversationScope Scope => Set.Scope;

    /// <summary>Every brand with at least one mention, by id (ordinal).</summary>
    public IReadOnlyList<BrandConversations> Brands { get; }

    /// <summary>The earliest mention time (UTC); null without mentions.</summary>
    public DateTimeOffset? FirstMention { get; }

    /// <summary>The latest mention time (UTC); null without mentions.</summary>
    public DateTimeOffset? LastMention { get; }

    /// <summary>The brand's facts; null when it has no mention in the scope.</summary>
    public BrandConversations? Brand(string brandId) => byId.GetValueOrDefault(brandId);

    /// <summary>Reads a stream of facts in the store's order (brand id, mention time, platform, post id).</summary>
    /// <exception cref="ArgumentException">The stream is not grouped by brand in ordinal order.</exception>
    public static ConversationFacts Load(ConversationSet set, IEnumerable<ConversationFact> facts)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(facts);
        var brands = new List<BrandConversations>();
        var mentionAt = new List<long>();
        var response = new List<long>();
        var status = new List<MentionStatus>();
        var platform = new List<string>();
        var platforms = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        long early = 0;
        DateTimeOffset? first = null, last = null;
        void Flush()
        {
            if (current is not null)
            {
                brands.Add(new BrandConversations(current, [.. mentionAt], [.. response], [.. status], [.. platform], early));
            }

            mentionAt.Clear();
            response.Clear();
            status.Clear();
            platform.Clear();
            early = 0;
        }

        foreach (var fact in facts)
        {
            if (!string.Equals(fact.BrandId, current, StringComparison.Ordinal))
            {
                if (current is not null && string.CompareOrdinal(fact.BrandId, current) < 0)
                {
                    throw new ArgumentException($"Facts of '{fact.BrandId}' come after those of '{current}': the store must order them by brand id.", nameof(facts));
                }

                Flush();
                current = fact.BrandId;
            }

            var at = ConversationScope.EpochMilliseconds(fact.MentionAt);
            mentionAt.Add(at);
            response.Add(fact.ResponseMilliseconds ?? -1);
            status.Add(fact.Status);
            platform.Add(platforms.TryGetValue(fact.Platform, out var name) ? name : platforms[fact.Platform] = fact.Platform);
            early += fact.EarlyReplies;
            first = first is { } f && f <= fact.MentionAt ? f : fact.MentionAt;
            last = last is { } l && l >= fact.MentionAt ? l : fact.MentionAt;
        }

        Flush();
        return new ConversationFacts(set, brands, first, last);
    }
}
