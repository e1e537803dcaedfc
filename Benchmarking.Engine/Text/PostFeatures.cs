namespace Benchmarking.Engine.Text;

/// <summary>
/// The text features of one post, as stored in <c>text_features</c>. Customer posts get sentiment, intent and themes;
/// brand posts get the normalised template text and hash, deflection kinds and hedging kinds. Kind lists are
/// comma-separated in rules-file order, empty when none; intents are stored comma-separated too (a post can be a
/// question and a complaint).
/// </summary>
internal sealed record PostFeatures(
    string Platform,
    string PostId,
    bool IsBrand,
    Sentiment? Sentiment,
    double? Polarity,
    IReadOnlyList<Intent>? Intents,
    string Themes,
    string? ReplyNorm,
    string? TemplateHash,
    string Deflection,
    string Hedging);
