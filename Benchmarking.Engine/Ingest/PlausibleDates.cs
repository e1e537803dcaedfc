using System.Globalization;
using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// The window a post's date must fall in: not before its platform existed, not after the clock of the run plus
/// <see cref="FutureMargin"/>. One post dated far outside it would otherwise become the data's "as of" time and turn
/// every brand's answered-window states into pending.
/// </summary>
/// <remarks>
/// The file's own modification time is not used as a bound: archive and build tools set it to fixed dates (1970, 1980),
/// which would reject whole valid files.
/// </remarks>
public static class PlausibleDates
{
    /// <summary>How far after the run's clock a post may be dated: clocks of exporting machines drift and zones are misread.</summary>
    public static readonly TimeSpan FutureMargin = TimeSpan.FromDays(1);

    /// <summary>The first day a platform carried public posts (UTC).</summary>
    public static DateTimeOffset Earliest(Platform platform) => platform switch
    {
        Platform.Twitter => new DateTimeOffset(2006, 3, 21, 0, 0, 0, TimeSpan.Zero), // the first tweet
        Platform.Mastodon => new DateTimeOffset(2016, 3, 16, 0, 0, 0, TimeSpan.Zero), // Mastodon's first release
        Platform.Bluesky => new DateTimeOffset(2022, 11, 1, 0, 0, 0, TimeSpan.Zero), // before the first public AT Protocol posts
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, null),
    };

    /// <summary>Why <paramref name="createdAt"/> is implausible for a post on <paramref name="platform"/> read at <paramref name="now"/>, or null when it is plausible.</summary>
    public static string? Problem(Platform platform, DateTimeOffset createdAt, DateTimeOffset now)
    {
        var earliest = Earliest(platform);
        if (createdAt < earliest)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{createdAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC is before {platform.ToName()} existed ({earliest:yyyy-MM-dd})");
        }

        var latest = now + FutureMargin;
        return createdAt > latest
            ? string.Create(CultureInfo.InvariantCulture, $"{createdAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC is after the run's clock ({now.UtcDateTime:yyyy-MM-dd HH:mm} UTC) plus {FutureMargin.TotalHours:0} h")
            : null;
    }
}
