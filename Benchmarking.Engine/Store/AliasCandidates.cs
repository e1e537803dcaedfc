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
        var list = new List<AliasSuggestion>();
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = SqlResource.Get("alias-candidates");
        command.Parameters.Add(new DuckDBParameter("examples", (long)options.Examples));
        command.Parameters.Add(new DuckDBParameter("min_answered", (long)options.MinimumAnswered));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!PlatformNames.TryParse(reader.GetString(1), out var platform))
            {
                continue;
            }

            var answeredAny = reader.GetInt64(4);
            var answeredBrand = reader.GetInt64(5);
            var examples = ((System.Collections.IList)reader.GetValue(9)).Cast<object>().Select(o => o.ToString()!).ToList();
            var suggestion = new AliasSuggestion(
                reader.GetString(0), platform, reader.GetString(2), reader.GetInt64(3), answeredAny, answeredBrand,
                reader.GetInt64(6), reader.GetDouble(7), reader.GetInt64(8), AliasSuggestion.WilsonLower(answeredBrand, answeredAny), examples);
            if (suggestion.Share >= options.MinimumShare && suggestion.Lift >= options.MinimumLift)
            {
                list.Add(suggestion);
            }
        }

        return list
            .OrderByDescending(s => s.ShareLower)
            .ThenByDescending(s => s.AnsweredByBrand)
            .ThenBy(s => s.Handle, StringComparer.Ordinal)
            .ThenBy(s => s.BrandId, StringComparer.Ordinal)
            .ToList();
    }
}
