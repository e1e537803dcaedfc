namespace Benchmarking.Engine.Domain;

/// <summary>A public network that posts come from.</summary>
public enum Platform
{
    /// <summary>X, formerly Twitter (includes the Kaggle TWCS data set).</summary>
    Twitter,

    /// <summary>Any Mastodon instance.</summary>
    Mastodon,

    /// <summary>Bluesky (AT Protocol).</summary>
    Bluesky,
}
