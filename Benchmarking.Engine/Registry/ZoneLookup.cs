using Benchmarking.Engine.Findings;

namespace Benchmarking.Engine.Registry;

/// <summary>
/// How a registry load resolves time zones: <paramref name="Find"/> maps an IANA id to a zone (null: unknown),
/// <paramref name="DataAvailable"/> says whether the machine has time-zone data at all, and <paramref name="Warnings"/>
/// collects the zones that fell back to UTC.
/// </summary>
internal sealed record ZoneLookup(Func<string, TimeZoneInfo?> Find, bool DataAvailable, List<Finding> Warnings);
