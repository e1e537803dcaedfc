using System.Collections.Concurrent;

namespace Benchmarking.Engine.Store;

/// <summary>The relational statements of the DuckDB store, kept as <c>Store/Sql/*.sql</c> resources named after what they compute.</summary>
internal static class SqlResource
{
    private static readonly ConcurrentDictionary<string, string> Loaded = new(StringComparer.Ordinal);

    /// <summary>The text of <c>Store/Sql/<paramref name="name"/>.sql</c>.</summary>
    /// <exception cref="InvalidOperationException">No such resource (a build error).</exception>
    public static string Get(string name) => Loaded.GetOrAdd(name, static n =>
    {
        using var stream = typeof(SqlResource).Assembly.GetManifestResourceStream($"Benchmarking.Engine.Store.Sql.{n}.sql")
            ?? throw new InvalidOperationException($"The SQL resource '{n}.sql' is not embedded in the engine.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// The text of <c>Store/Sql/<paramref name="name"/>.sql</c> with each <c>{key}</c> replaced by its value: for SQL
    /// fragments and constants the C# shares (an expression the ingest also uses), never for values from input, which
    /// are parameters.
    /// </summary>
    public static string Get(string name, params ReadOnlySpan<(string Key, string Value)> values)
    {
        var sql = Get(name);
        foreach (var (key, value) in values)
        {
            sql = sql.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return sql;
    }
}
