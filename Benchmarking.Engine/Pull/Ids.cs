namespace Benchmarking.Engine.Pull;

/// <summary>Compares numeric post ids (X, Mastodon) held as text without parsing them: a longer id is newer.</summary>
internal static class Ids
{
    /// <summary>True when <paramref name="a"/> is a newer id than <paramref name="b"/>.</summary>
    public static bool Newer(string a, string? b) =>
        b is null || a.Length > b.Length || (a.Length == b.Length && string.CompareOrdinal(a, b) > 0);
}
