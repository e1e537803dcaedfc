namespace Benchmarking.Engine.Text;

/// <summary>A stored post to analyse: its key, whether a brand wrote it, and its text.</summary>
internal sealed record PostText(string Platform, string PostId, bool IsBrand, string Text);
