namespace Benchmarking.Engine.Text;

/// <summary>One distinct normalised reply of a brand in the period (an exact template) and how often it was used.</summary>
/// <param name="Hash">The template hash (<see cref="ReplyNormalizer.Hash"/>).</param>
/// <param name="Norm">The normalised text: that of the earliest reply with this hash.</param>
/// <param name="Replies">Replies with this hash.</param>
/// <param name="Deflecting">Of those, replies that deflect (a non-empty stored deflection list).</param>
internal sealed record ReplyTemplate(string Hash, string Norm, long Replies, long Deflecting);
