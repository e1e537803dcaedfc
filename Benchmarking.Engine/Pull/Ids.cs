namespace Benchmarking.Engine.Pull;

/// <summary>
/// Compares post ids held as text without parsing them: a longer id is newer, then the ordinally greater. This orders
/// numeric snowflake ids (X, Mastodon) and fixed-length sortable ids (GoToSocial's ULIDs) alike.
/// </summary>
internal static class Ids
{
    /// <summary>True when <paramref name="a"/> is a newer id than <paramref name="b"/>.</summary>
    public static bool Newer(string a, string? b) =>
        b is null || a.Length > b.Length || (a.Length == b.Length && string.CompareOrdinal(a, b) > 0);
}
