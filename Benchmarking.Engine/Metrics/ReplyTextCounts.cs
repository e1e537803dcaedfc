namespace Benchmarking.Engine.Metrics;

/// <summary>
/// What the text says about one brand's replies in the period (methodology v3, <c>docs/methodology.md</c> §4.5–4.6):
/// every post by the brand's handles with stored text features, split into four disjoint cells by two per-reply flags,
/// canned (in a template group the brand used at least 3 times in the period) and deflecting (sends the customer to DM,
/// phone, email, a web form or a store). The bootstrap resamples these replies, a reply's two flags together.
/// </summary>
/// <param name="CannedDeflecting">Replies that are canned and deflect.</param>
/// <param name="CannedOnly">Replies that are canned and do not deflect.</param>
/// <param name="DeflectingOnly">Replies that deflect and are not canned.</param>
/// <param name="Neither">Replies that are neither canned nor deflecting.</param>
public sealed record ReplyTextCounts(long CannedDeflecting, long CannedOnly, long DeflectingOnly, long Neither)
{
    /// <summary>Replies with text features: the denominator of both shares.</summary>
    public long Replies => CannedDeflecting + CannedOnly + DeflectingOnly + Neither;

    /// <summary>Canned replies.</summary>
    public long Canned => CannedDeflecting + CannedOnly;

    /// <summary>Deflecting replies.</summary>
    public long Deflecting => CannedDeflecting + DeflectingOnly;

    /// <summary>Canned ÷ replies, 0–1; null without replies.</summary>
    public double? CannedShare => Replies == 0 ? null : Canned / (double)Replies;

    /// <summary>Deflecting ÷ replies, 0–1; null without replies.</summary>
    public double? DeflectionRate => Replies == 0 ? null : Deflecting / (double)Replies;

    /// <summary>No replies.</summary>
    public static ReplyTextCounts None { get; } = new(0, 0, 0, 0);
}
