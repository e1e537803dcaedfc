namespace Benchmarking.Engine.Text;

/// <summary>A stored post as quality examples show it (author and text raw: pseudonymise before they leave the process).</summary>
internal sealed record StoredPost(string PostId, string Author, bool IsBrand, DateTimeOffset CreatedAt, string Text);
