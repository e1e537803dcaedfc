namespace Benchmarking.Engine.Text;

/// <summary>A brand post of the period with its stored text features, as the quality figures read it.</summary>
internal sealed record BrandReplyRow(string BrandId, string PostId, string TemplateHash, string ReplyNorm, string Deflection, string Hedging);
