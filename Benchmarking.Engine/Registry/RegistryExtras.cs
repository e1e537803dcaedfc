using System.Globalization;
using System.Text.Json;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Findings;

namespace Benchmarking.Engine.Registry;

/// <summary>
/// Reads a brand's methodology-v4 registry fields: <c>timeZone</c> (an IANA id), <c>supportHours</c> and
/// <c>supportHoursByPlatform</c> (<c>"24/7"</c>, or weekdays to openings such as
/// <c>{ "mon-fri": "08:00-20:00", "sat": "09:00-13:00, 14:00-17:00", "fri": "22:00-02:00+1" }</c>; unlisted days are
/// closed; <c>+1</c> marks an end on the next day), and <c>aliases</c> (handles per platform). Every problem is added
/// to the list, none thrown.
/// </summary>
internal static class RegistryExtras
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>True when this machine has time-zone data (.NET lists more zones than UTC alone; <c>TZDIR</c> is honoured).</summary>
    public static bool ZoneDataAvailable() => TimeZoneInfo.GetSystemTimeZones().Count > 1;

    /// <summary>Finds an IANA zone on this machine, or null. UTC needs no time-zone data.</summary>
    public static TimeZoneInfo? FindZone(string id)
    {
        if (id is "UTC" or "Etc/UTC")
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Applies the optional v4 fields of <paramref name="element"/> to <paramref name="brand"/>.</summary>
    /// <remarks>
    /// A declared zone that cannot be resolved is an error, with one exception: on a machine without any time-zone data,
    /// a brand open 24/7 falls back to UTC with a warning, because only its local-time labels depend on the zone. A brand
    /// with declared hours still fails there: its business clock would be wrong.
    /// </remarks>
    public static Brand Read(JsonElement element, Brand brand, string where, ZoneLookup zones, List<string> problems)
    {
        string? unresolved = null;
        if (element.TryGetProperty("timeZone", out var zoneElement))
        {
            var id = zoneElement.ValueKind == JsonValueKind.String ? zoneElement.GetString()!.Trim() : string.Empty;
            var zone = id.Length > 0 ? zones.Find(id) : null;
            if (id.Length == 0)
            {
                problems.Add($"{where}: timeZone must be an IANA time-zone id such as \"Europe/London\"");
            }
            else if (zone is not null)
            {
                brand = brand with { TimeZoneId = id, TimeZone = zone };
            }
            else if (zones.DataAvailable)
            {
                problems.Add($"{where}: time zone '{id}' is not known on this machine; use an IANA id such as \"America/New_York\", and if the id is right install the time-zone data (the tzdata package) or set TZDIR");
            }
            else
            {
                unresolved = id;
            }
        }

        if (element.TryGetProperty("supportHours", out var hoursElement))
        {
            brand = brand with { Hours = ReadHours(hoursElement, $"{where}: supportHours", problems) };
        }

        if (element.TryGetProperty("supportHoursByPlatform", out var byPlatform))
        {
            var hours = new Dictionary<Platform, SupportHours>();
            if (byPlatform.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: supportHoursByPlatform must be an object keyed by platform (twitter, mastodon or bluesky)");
            }
            else
            {
                foreach (var property in byPlatform.EnumerateObject())
                {
                    if (!PlatformNames.TryParse(property.Name, out var platform))
                    {
                        problems.Add($"{where}: unknown platform '{property.Name}' under supportHoursByPlatform; use twitter, mastodon or bluesky");
                        continue;
                    }

                    hours[platform] = ReadHours(property.Value, $"{where}: supportHoursByPlatform.{property.Name}", problems);
                }
            }

            brand = brand with { PlatformHours = hours };
        }

        if (element.TryGetProperty("aliases", out var aliasesElement))
        {
            brand = brand with { Aliases = ReadAliases(aliasesElement, where, problems) };
        }

        if (unresolved is not null && !brand.IsAlwaysOpen)
        {
            problems.Add($"{where}: time zone '{unresolved}' cannot be resolved: this machine has no time-zone data, and the brand's support hours need it; install the tzdata package (or set TZDIR)");
        }
        else if (unresolved is not null)
        {
            zones.Warnings.Add(new Finding(FindingSeverity.Warning, "time-zone-unavailable", brand.Id, 1,
                $"Time zone '{unresolved}' of {brand.Id} cannot be resolved: this machine has no time-zone data (install the tzdata package or set TZDIR). The brand is open 24/7, so its figures are unaffected; its local times are shown in UTC."));
        }

        return brand;
    }

    /// <summary>
    /// Every problem with the brands' aliases: an alias that is a brand handle (it authors the brand's posts, or another
    /// brand's) or that two brands share.
    /// </summary>
    public static void ValidateAliases(IReadOnlyList<Brand> brands, List<string> problems)
    {
        var handles = new Dictionary<(Platform, string), string>();
        foreach (var brand in brands)
        {
            foreach (var handle in brand.Handles)
            {
                handles.TryAdd((handle.Platform, handle.Handle.ToLowerInvariant()), brand.Id);
            }
        }

        var aliases = new Dictionary<(Platform, string), string>();
        foreach (var brand in brands)
        {
            foreach (var alias in brand.Aliases)
            {
                var key = (alias.Platform, alias.Handle.ToLowerInvariant());
                if (handles.TryGetValue(key, out var owner))
                {
                    problems.Add($"brand '{brand.Id}': alias '{alias.Handle}' on {alias.Platform.ToName()} is a handle of brand '{owner}'; an alias never authors posts, so list it under handles or aliases, not both");
                }
                else if (aliases.TryGetValue(key, out var other))
                {
                    problems.Add(other == brand.Id
                        ? $"brand '{brand.Id}': alias '{alias.Handle}' on {alias.Platform.ToName()} is listed twice"
                        : $"brand '{brand.Id}': alias '{alias.Handle}' on {alias.Platform.ToName()} is already an alias of brand '{other}'; an alias can stand for one brand only");
                }
                else
                {
                    aliases[key] = brand.Id;
                }
            }
        }
    }

    private static List<BrandHandle> ReadAliases(JsonElement element, string where, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: aliases must be an object of handle arrays per platform, e.g. \"aliases\": {{ \"twitter\": [\"115714\"] }}");
            return [];
        }

        return ReadHandles(element, where, "aliases", problems);
    }

    /// <summary>
    /// Reads an object of handle arrays per platform (<c>handles</c> or <c>aliases</c>): handles trimmed and without the
    /// leading <c>@</c>; an unknown platform, a value that is not an array and an empty or non-string handle are problems.
    /// </summary>
    public static List<BrandHandle> ReadHandles(JsonElement element, string where, string field, List<string> problems)
    {
        var handles = new List<BrandHandle>();
        ReadPerPlatform(element, field, "handle strings", where, problems, (platform, name, value) =>
        {
            var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim().TrimStart('@') : string.Empty;
            if (text.Length == 0)
            {
                problems.Add($"{where}: {field}.{name} has an empty or non-string handle");
                return;
            }

            handles.Add(new BrandHandle(platform, text));
        });
        return handles;
    }

    /// <summary>Reads an object of platform name → array (<c>handles</c>, <c>aliases</c>, <c>ids</c>), reporting unknown platforms and non-arrays.</summary>
    public static void ReadPerPlatform(JsonElement perPlatform, string property, string items, string where, List<string> problems, Action<Platform, string, JsonElement> add)
    {
        foreach (var platformProperty in perPlatform.EnumerateObject())
        {
            if (!PlatformNames.TryParse(platformProperty.Name, out var platform))
            {
                problems.Add($"{where}: unknown platform '{platformProperty.Name}' under {property}; use twitter, mastodon or bluesky");
                continue;
            }

            if (platformProperty.Value.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{where}: {property}.{platformProperty.Name} must be an array of {items}");
                continue;
            }

            foreach (var value in platformProperty.Value.EnumerateArray())
            {
                add(platform, platformProperty.Name, value);
            }
        }
    }

    private static SupportHours ReadHours(JsonElement element, string where, List<string> problems)
    {
        if (element.ValueKind == JsonValueKind.String && element.GetString()!.Trim() == "24/7")
        {
            return SupportHours.AlwaysOpen;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where} must be \"24/7\" or an object of weekdays to openings, e.g. {{ \"mon-fri\": \"08:00-20:00\", \"sat\": \"09:00-17:00\" }}");
            return SupportHours.AlwaysOpen;
        }

        var openings = new List<WeeklyOpening>();
        var seen = new HashSet<DayOfWeek>();
        var before = problems.Count;
        foreach (var property in element.EnumerateObject())
        {
            var days = ParseDays(property.Name);
            if (days is null)
            {
                problems.Add($"{where}: '{property.Name}' is not a weekday, list or range of weekdays; use mon, tue, wed, thu, fri, sat, sun, e.g. \"mon-fri\" or \"sat,sun\"");
                continue;
            }

            foreach (var day in days.Where(d => !seen.Add(d)))
            {
                problems.Add($"{where}: {DayNames[(int)day]} is given more than once; list each weekday once");
            }

            var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!.Trim() : string.Empty;
            if (string.Equals(text, "closed", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
            {
                if (ParseInterval(part) is not { } interval)
                {
                    problems.Add($"{where}.{property.Name}: '{part}' is not an opening; write HH:MM-HH:MM (end after start, 24:00 for midnight, +1 when it ends the next day, e.g. 22:00-02:00+1) or \"closed\"");
                    continue;
                }

                openings.AddRange(days.Select(d => new WeeklyOpening(d, interval.Start, interval.Length)));
            }
        }

        var rules = SupportHours.Problems(openings);
        problems.AddRange(rules.Select(p => $"{where}: {p}"));
        return problems.Count == before ? SupportHours.Create(openings) : SupportHours.AlwaysOpen;
    }

    private static List<DayOfWeek>? ParseDays(string key)
    {
        var days = new List<DayOfWeek>();
        foreach (var part in key.ToLowerInvariant().Split(',', StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            var first = Array.IndexOf(DayNames, range[0]);
            var last = range.Length == 2 ? Array.IndexOf(DayNames, range[1]) : first;
            if (range.Length > 2 || first < 0 || last < 0)
            {
                return null;
            }

            // A range may wrap past Sunday ("fri-mon").
            for (var d = first; ; d = (d + 1) % 7)
            {
                days.Add((DayOfWeek)d);
                if (d == last)
                {
                    break;
                }
            }
        }

        return days;
    }

    /// <summary>
    /// <c>HH:MM-HH:MM</c> with the end later than the start (<c>24:00</c> allowed), or <c>HH:MM-HH:MM+1</c> with the end on
    /// the next day no later than the start. An end before the start without <c>+1</c> is an inverted interval.
    /// </summary>
    private static (TimeSpan Start, TimeSpan Length)? ParseInterval(string text)
    {
        var nextDay = text.EndsWith("+1", StringComparison.Ordinal);
        var parts = (nextDay ? text[..^2] : text).Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || Time(parts[0]) is not { } start || Time(parts[1]) is not { } end || start >= TimeSpan.FromDays(1))
        {
            return null;
        }

        if (nextDay)
        {
            return end <= start && end < TimeSpan.FromDays(1) ? (start, end + TimeSpan.FromDays(1) - start) : null;
        }

        return end > start ? (start, end - start) : null;
    }

    private static TimeSpan? Time(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 2 || parts[0].Length != 2 || parts[1].Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        {
            return null;
        }

        return new TimeSpan(hours, minutes, 0);
    }
}
