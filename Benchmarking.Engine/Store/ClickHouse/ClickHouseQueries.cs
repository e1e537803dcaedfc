using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// The SQL the ClickHouse backend runs, with the registry and the committed batches written into it as constants: a
/// run reads one consistent set of ingested files (an ingest that commits during the run is not half seen) and needs no
/// registry tables on the servers.
/// </summary>
internal static partial class ClickHouseQueries
{
    private static readonly ConcurrentDictionary<string, string> Loaded = new(StringComparer.Ordinal);

    /// <summary>The committed-batch filter (posts, checkpoints): rows of an ingest whose source row was never written are not read.</summary>
    public static string Committed(IReadOnlyCollection<string> batches) =>
        batches.Count == 0 ? "0" : $"batch_id IN ({string.Join(',', batches.Select(Tsv.Literal))})";

    /// <summary>
    /// The posts a read sees: those of committed batches, less the versions a committed later edit superseded
    /// (<c>superseded_local</c> lies on the shard of its post, so the filter is evaluated where the post is, also through
    /// the Distributed table).
    /// </summary>
    public static string Visible(string database, IReadOnlyCollection<string> batches) =>
        batches.Count == 0
            ? "0"
            : $"{Committed(batches)} AND (platform, post_id, batch_id) NOT IN (SELECT platform, post_id, old_batch FROM {database}.superseded_local WHERE new_batch IN ({string.Join(',', batches.Select(Tsv.Literal))}))";

    /// <summary>
    /// A post's brand from the registry, as the DuckDB store resolves it: the author's stable account id first, then the
    /// author's handle (lower case); '' for a customer.
    /// </summary>
    public static string BrandOf(BrandRegistry registry)
    {
        var byHandle = Lookup("concat(platform, '\\t', author_lc)",
            registry.Brands.SelectMany(b => b.Handles.Select(h => (Key(h.Platform, h.Handle.ToLowerInvariant()), b.Id))));
        var ids = registry.Brands.SelectMany(b => b.AccountIds.Select(a => (Key(a.Platform, a.Id), b.Id))).ToList();
        if (ids.Count == 0)
        {
            return byHandle;
        }

        var byId = Lookup("concat(platform, '\\t', author_account_id)", ids);
        return $"if(author_account_id != '' AND {byId} != '', {byId}, {byHandle})";
    }

    /// <summary>The brand of a mentioned handle (column <c>handle</c>, lower case): a registered handle or hidden alias.</summary>
    public static string HandleBrand(BrandRegistry registry) =>
        Lookup("concat(platform, '\\t', handle)",
            registry.Brands.SelectMany(b => b.Handles.Concat(b.Aliases).Select(h => (Key(h.Platform, h.Handle.ToLowerInvariant()), b.Id))));

    /// <summary>
    /// The statement <c>Sql/<paramref name="name"/>.sql</c> with its placeholders filled: the database, the committed
    /// batches, the registry's brand lookups and the period in microseconds.
    /// </summary>
    /// <remarks>
    /// <c>featuresVersion</c> is the text-features version the reads use (<c>{features}</c>: the rows of that version
    /// computed with the post's brand status under the registry; null when the statement reads none); <c>facts</c> the
    /// table of conversation facts (<c>{facts}</c>); <c>more</c> the placeholders of one statement only (e.g.
    /// <c>{examples}</c>) with their SQL text. <c>{include:name}</c> pastes the fragment <c>Sql/name.sql</c>.
    /// </remarks>
    public static string Render(string name, string database, BrandRegistry registry, IReadOnlyCollection<string> batches, long fromUs, long toUs, string? featuresVersion = null, string? facts = null, IReadOnlyDictionary<string, string>? more = null) =>
        (more ?? new Dictionary<string, string>()).Aggregate(Include().Replace(Resource(name), m => Resource(m.Groups[1].Value)), (sql, p) => sql.Replace(p.Key, p.Value, StringComparison.Ordinal))
            .Replace("{features}", featuresVersion is null ? "0" : Features(featuresVersion, registry), StringComparison.Ordinal)
            .Replace("{facts}", facts is null ? "{facts}" : $"{database}.{facts}", StringComparison.Ordinal)
            .Replace("{db}", database, StringComparison.Ordinal)
            .Replace("{visible}", Visible(database, batches), StringComparison.Ordinal)
            .Replace("{brand_of}", BrandOf(registry), StringComparison.Ordinal)
            .Replace("{handle_brand}", HandleBrand(registry), StringComparison.Ordinal)
            .Replace("{from_us}", fromUs.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{to_us}", toUs.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{passes}", "1", StringComparison.Ordinal) // one pass unless `more` says otherwise
            .Replace("{pass}", "0", StringComparison.Ordinal);

    /// <summary>
    /// The text-feature rows the reads use (a condition on <c>text_features_local</c>): those of
    /// <paramref name="version"/> computed with the post's brand status under <paramref name="registry"/>.
    /// </summary>
    public static string Features(string version, BrandRegistry registry) =>
        $"features_version = {Tsv.Literal(version)} AND is_brand = toUInt8({BrandOf(registry)} != '')";

    private static string Key(Platform platform, string value) => platform.ToName() + "\t" + value;

    private static string Lookup(string keyExpression, IEnumerable<(string Key, string Brand)> pairs)
    {
        // transform() needs constant, non-empty arrays; ordinal order keeps the statement identical run to run.
        var sorted = pairs.DistinctBy(p => p.Key).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        return sorted.Count == 0
            ? "''"
            : $"transform({keyExpression}, {Tsv.ArrayLiteral(sorted.Select(p => p.Key))}, {Tsv.ArrayLiteral(sorted.Select(p => p.Brand))}, '')";
    }

    private static string Resource(string name) => Loaded.GetOrAdd(name, static n =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Benchmarking.Engine.Store.ClickHouse.Sql.{n}.sql")
            ?? throw new InvalidOperationException($"The SQL resource ClickHouse/Sql/{n}.sql is not embedded in the engine.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>A fragment another statement includes, <c>{include:name}</c> (one level).</summary>
    [GeneratedRegex(@"\{include:([a-z-]+)\}")]
    private static partial Regex Include();
}
