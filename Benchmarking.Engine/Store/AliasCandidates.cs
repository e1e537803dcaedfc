using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Store;

/// <summary>
/// Finds hidden-alias candidates in the store from the reply structure (methodology v4): for every handle that customer
/// posts mention and that is neither a registered handle nor an alias, how many of those posts each brand replied to,
/// against the brand's share of all answered customer posts. Reads only; writes nothing.
/// </summary>
internal static class AliasCandidates
{
    /// <summary>The candidates that pass <paramref name="options"/>, most confident first (then most answered, then handle and brand).</summary>
    public static IReadOnlyList<AliasSuggestion> Find(Warehouse warehouse, AliasSuggestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(options);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = SqlResource.Get("alias-candidates");
        command.Parameters.Add(new DuckDBParameter("examples", (long)options.Examples));
        command.Parameters.Add(new DuckDBParameter("min_answered", (long)options.MinimumAnswered));
        using var reader = command.ExecuteReader();
        var found = new List<AliasSuggestion>();
        while (reader.Read())
        {
            if (PlatformNames.TryParse(reader.GetString(1), out var platform))
            {
                found.Add(Suggestion(reader.GetString(0), platform, reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
                    reader.GetInt64(6), reader.GetDouble(7), reader.GetInt64(8), [.. ((System.Collections.IList)reader.GetValue(9)).Cast<object>().Select(o => o.ToString()!)]));
            }
        }

        return Choose(found, options);
    }

    /// <summary>One candidate with its evidence (every store builds them here, so the lower bound is computed once).</summary>
    internal static AliasSuggestion Suggestion(string brandId, Platform platform, string handle, long mentions, long answeredAny, long answeredBrand, long newMentions, double baseShare, long authored, IReadOnlyList<string> examples) =>
        new(brandId, platform, handle, mentions, answeredAny, answeredBrand, newMentions, baseShare, authored, AliasSuggestion.WilsonLower(answeredBrand, answeredAny), examples);

    /// <summary>The candidates that pass the share and lift of <paramref name="options"/>, most confident first (then most answered, then handle and brand).</summary>
    internal static IReadOnlyList<AliasSuggestion> Choose(IEnumerable<AliasSuggestion> candidates, AliasSuggestionOptions options) =>
        [.. candidates
            .Where(s => s.Share >= options.MinimumShare && s.Lift >= options.MinimumLift)
            .OrderByDescending(s => s.ShareLower)
            .ThenByDescending(s => s.AnsweredByBrand)
            .ThenBy(s => s.Handle, StringComparer.Ordinal)
            .ThenBy(s => s.BrandId, StringComparer.Ordinal)];
}
