namespace Benchmarking.Engine.Domain;

/// <summary>Stable lower-case names of platforms as stored and as written in the brand registry.</summary>
public static class PlatformNames
{
    /// <summary>The stored name of a platform, e.g. <c>twitter</c>.</summary>
    public static string ToName(this Platform platform) => platform switch
    {
        Platform.Twitter => "twitter",
        Platform.Mastodon => "mastodon",
        Platform.Bluesky => "bluesky",
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Unknown platform."),
    };

    /// <summary>Parses a stored or registry platform name (case-insensitive; <c>x</c> is accepted for Twitter).</summary>
    public static bool TryParse(string? name, out Platform platform)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "twitter" or "x":
                platform = Platform.Twitter;
                return true;
            case "mastodon":
                platform = Platform.Mastodon;
                return true;
            case "bluesky":
                platform = Platform.Bluesky;
                return true;
            default:
                platform = default;
                return false;
        }
    }
}
