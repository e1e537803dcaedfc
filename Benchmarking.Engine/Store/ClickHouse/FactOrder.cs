using Benchmarking.Engine.Conversations;

namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>The documented order of conversation facts: brand id, mention time, platform, post id (ordinal).</summary>
internal sealed class FactOrder : IComparer<ConversationFact>
{
    public static readonly FactOrder Instance = new();

    public int Compare(ConversationFact x, ConversationFact y)
    {
        var c = string.CompareOrdinal(x.BrandId, y.BrandId);
        c = c != 0 ? c : x.MentionAt.CompareTo(y.MentionAt);
        c = c != 0 ? c : string.CompareOrdinal(x.Platform, y.Platform);
        return c != 0 ? c : string.CompareOrdinal(x.PostId, y.PostId);
    }
}
