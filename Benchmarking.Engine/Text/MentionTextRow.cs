using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Text;

/// <summary>A conversation fact's mention with its stored text features and text, as the quality figures read it.</summary>
/// <param name="BrandId">The brand addressed.</param>
/// <param name="PostId">The mention's post id.</param>
/// <param name="Status">The fact's status.</param>
/// <param name="MentionAt">When the mention was posted, UTC.</param>
/// <param name="Sentiment">Stored sentiment name; null when the model gave none.</param>
/// <param name="Intent">Stored intent list; null when none.</param>
/// <param name="Themes">Stored comma-separated theme list (possibly empty).</param>
/// <param name="Text">The raw post text (for theme discovery; never logged).</param>
internal sealed record MentionTextRow(string BrandId, string PostId, MentionStatus Status, DateTime MentionAt, string? Sentiment, string? Intent, string Themes, string? Text);
