using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Registry;

/// <summary>A brand being benchmarked: a company's public care presence, possibly with several handles.</summary>
/// <param name="Id">Stable registry id (lower-case letters, digits and hyphens).</param>
/// <param name="Name">Display name.</param>
/// <param name="Industry">Industry the brand is ranked in.</param>
/// <param name="Handles">Handles per platform; a post from any of them is the brand's.</param>
public sealed record Brand(string Id, string Name, string Industry, IReadOnlyList<BrandHandle> Handles)
{
    /// <summary>
    /// Stable account ids per platform (<c>"ids"</c> in the registry file), matched before the handles so a renamed
    /// account stays the brand's; empty when the registry lists handles only.
    /// </summary>
    public IReadOnlyList<BrandAccountId> AccountIds { get; init; } = [];

    private static readonly IReadOnlyDictionary<Platform, SupportHours> NoPlatformHours = new Dictionary<Platform, SupportHours>();

    /// <summary>The IANA id of the brand's time zone (registry <c>timeZone</c>); <c>UTC</c> when none is declared.</summary>
    public string TimeZoneId { get; init; } = "UTC";

    /// <summary>The brand's time zone, resolved from <see cref="TimeZoneId"/> when the registry is loaded.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Support hours on every platform without its own (registry <c>supportHours</c>); 24/7 when none are declared.</summary>
    public SupportHours Hours { get; init; } = SupportHours.AlwaysOpen;

    /// <summary>Support hours that differ on one platform (registry <c>supportHoursByPlatform</c>).</summary>
    public IReadOnlyDictionary<Platform, SupportHours> PlatformHours { get; init; } = NoPlatformHours;

    /// <summary>
    /// Hidden aliases (registry <c>aliases</c>): handles that stand for the brand in customers' mentions but never
    /// author posts, such as a handle the data set anonymised inside post text. A mention of one is a mention of the brand.
    /// </summary>
    public IReadOnlyList<BrandHandle> Aliases { get; init; } = [];

    /// <summary>True when the brand is open at every instant on every platform (business time equals wall time).</summary>
    public bool IsAlwaysOpen => Hours.IsAlwaysOpen && PlatformHours.Values.All(h => h.IsAlwaysOpen);

    /// <summary>The support hours in force on <paramref name="platform"/>.</summary>
    public SupportHours HoursOn(Platform platform) => PlatformHours.GetValueOrDefault(platform) ?? Hours;
}
