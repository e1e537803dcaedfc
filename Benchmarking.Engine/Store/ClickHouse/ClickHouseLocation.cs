using System.Globalization;

namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// Where a ClickHouse store lives: <c>clickhouse://host:port[,host:port…]/database?cluster=name</c>. The hosts are the
/// HTTP endpoints of every shard of the cluster, in the order of its <c>remote_servers</c> entry; the first is the
/// catalogue node, which also holds the source list (the ingest commit record). Credentials are never part of the URL:
/// they come from <c>CAREBENCH_CLICKHOUSE_USER</c> and <c>CAREBENCH_CLICKHOUSE_PASSWORD</c>.
/// </summary>
/// <param name="Nodes">The HTTP endpoint of each shard, shard 1 first.</param>
/// <param name="Database">The database holding the CareBench tables (created when missing).</param>
/// <param name="Cluster">The <c>remote_servers</c> cluster name the Distributed tables use.</param>
internal sealed record ClickHouseLocation(IReadOnlyList<Uri> Nodes, string Database, string Cluster)
{
    /// <summary>The scheme that selects this backend in <c>--store</c> and <c>$CAREBENCH_STORE</c>.</summary>
    public const string Scheme = "clickhouse://";

    /// <summary>The environment variable holding the user name (default <c>default</c>).</summary>
    public const string UserVariable = "CAREBENCH_CLICKHOUSE_USER";

    /// <summary>The environment variable holding the password (default empty).</summary>
    public const string PasswordVariable = "CAREBENCH_CLICKHOUSE_PASSWORD";

    /// <summary>True when <paramref name="store"/> names a ClickHouse store rather than a DuckDB file.</summary>
    public static bool IsClickHouse(string? store) => store is not null && store.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a store URL; throws <see cref="StoreException"/> listing every problem and the expected form.</summary>
    public static ClickHouseLocation Parse(string store)
    {
        ArgumentNullException.ThrowIfNull(store);
        const string form = "expected clickhouse://host:port[,host:port…]/database?cluster=name";
        if (!IsClickHouse(store))
        {
            throw new StoreException($"'{store}' is not a ClickHouse store URL: {form}.");
        }

        var rest = store[Scheme.Length..];
        var problems = new List<string>();
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (at >= 0 && (slash < 0 || at < slash))
        {
            // Never echo the URL here: it holds a secret.
            throw new StoreException($"The ClickHouse store URL must not contain credentials; set {UserVariable} and {PasswordVariable} instead.");
        }

        var hostPart = slash < 0 ? rest : rest[..slash];
        var pathAndQuery = slash < 0 ? string.Empty : rest[(slash + 1)..];
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var database = question < 0 ? pathAndQuery : pathAndQuery[..question];
        var query = question < 0 ? string.Empty : pathAndQuery[(question + 1)..];

        var nodes = new List<Uri>();
        foreach (var host in hostPart.Split(',', StringSplitOptions.TrimEntries))
        {
            var colon = host.LastIndexOf(':');
            if (host.Length == 0 || colon <= 0 || !int.TryParse(host[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                problems.Add($"host '{host}' needs a port (host:port, the HTTP port, usually 8123)");
                continue;
            }

            nodes.Add(new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{host[..colon]}:{port}/")));
        }

        if (database.Length == 0 || !database.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            problems.Add($"database '{database}' must be letters, digits and underscores");
        }

        string? cluster = null;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = eq < 0 ? (pair, string.Empty) : (pair[..eq], Uri.UnescapeDataString(pair[(eq + 1)..]));
            if (key == "cluster")
            {
                cluster = value;
            }
            else
            {
                problems.Add($"unknown parameter '{key}' (only cluster=name)");
            }
        }

        if (string.IsNullOrEmpty(cluster) || !cluster.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            problems.Add("cluster=name is required (the remote_servers entry of the shards; letters, digits, '_' and '-')");
        }

        if (problems.Count > 0)
        {
            throw new StoreException($"ClickHouse store URL '{store}': {string.Join("; ", problems)}; {form}.");
        }

        return new ClickHouseLocation(nodes, database, cluster!);
    }

    /// <summary>The URL without credentials (there are none in it), for messages and the store totals.</summary>
    public override string ToString() =>
        $"{Scheme}{string.Join(',', Nodes.Select(n => n.Authority))}/{Database}?cluster={Cluster}";
}
