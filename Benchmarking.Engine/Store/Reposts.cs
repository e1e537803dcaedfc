namespace Benchmarking.Engine.Store;

/// <summary>
/// Whether a post is a repost (text starting <c>RT @</c>), stored once at ingest in <c>posts.is_repost</c> (schema
/// version 3) so the mention facts do not read the text of every customer post on each evaluation to drop reposts.
/// See <c>docs/methodology.md</c> §2 and <c>docs/schema.md</c>.
/// </summary>
/// <remarks>
/// The expression is exactly the filter the mention facts applied before version 3 (<c>starts_with(text, 'RT @')</c>,
/// case-sensitive, at the very start of the text), so the facts are unchanged. It depends on the text alone, never on the
/// registry, so it is computed for every post (brand posts too) and never needs refreshing when the registry changes.
/// </remarks>
internal static class Reposts
{
    /// <summary>The repost test in DuckDB SQL over a table with the <c>posts</c> columns.</summary>
    internal const string Sql = "starts_with(text, 'RT @')";
}
