using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// The conversations stage over a store: which scope a set of metric options means, and the facts of that scope,
/// built once and then reused until the store changes. It owns the one <see cref="ConversationFacts"/> every later
/// stage reads; nothing else builds or caches facts.
/// </summary>
internal sealed class ConversationStage(ICareStore store)
{
    private ConversationFacts? last;
    private ConversationSet? built;

    /// <summary>The scope of <paramref name="options"/>: its period and window, as of its as-of time or else the latest stored post.</summary>
    public ConversationScope ScopeOf(MetricsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var asOf = options.AsOf ?? store.LatestPostTime() ?? DateTimeOffset.UnixEpoch;
        return new ConversationScope(options.From, options.To, options.AnswerWindow, asOf);
    }

    /// <summary>The facts of <paramref name="options"/>, built now unless the last facts were built for the same scope.</summary>
    public ConversationFacts Facts(MetricsOptions options)
    {
        var scope = ScopeOf(options);
        if (last is { } facts && facts.Scope == scope)
        {
            return facts;
        }

        // If the build fails, nothing may read the facts of another scope.
        (last, built) = (null, null);
        built = store.BuildConversations(scope);
        last = ConversationFacts.Load(built, store.ReadConversations(built));
        return last;
    }

    /// <summary>Forgets the facts: the stored posts or the registry changed.</summary>
    public void Invalidate() => (last, built) = (null, null);

    /// <summary>The store's handle on facts of <paramref name="facts"/>' scope, built there again when another scope was built since.</summary>
    public ConversationSet SetOf(ConversationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (built is null || built.Scope != facts.Scope)
        {
            built = null;
            built = store.BuildConversations(facts.Scope);
        }

        return built;
    }

    /// <summary>Per-brand text quality of the facts' period from the stored features, by brand id.</summary>
    public IReadOnlyList<BrandQuality> Quality(ConversationFacts facts, BrandRegistry registry, TextQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var set = SetOf(facts);
        return TextQuality.Compute(store.ReadMentionTexts(set), store.ReadBrandReplies(set.Scope), store.ReadFollowUps(set), store.ReadPosts, BrandHandles(registry), options);
    }

    /// <summary>Registered brand handles, lower case (kept when customers are pseudonymised).</summary>
    public static IReadOnlySet<string> BrandHandles(BrandRegistry registry) =>
        registry.Brands.SelectMany(b => b.Handles.Select(h => h.Handle.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
}
