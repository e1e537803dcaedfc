using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Store;

/// <summary>
/// The embedded DuckDB warehouse: one file holding posts, sources and the registry in force. This class owns the
/// connection, the schema and the registry tables; each ingest runs as an <see cref="IngestTransaction"/> (bulk, atomic,
/// idempotent, every row counted).
/// </summary>
internal sealed class Warehouse : IDisposable
{
    private Warehouse(string path, DuckDBConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>The DuckDB file.</summary>
    public string Path { get; }

    /// <summary>The open connection (used by the metrics SQL).</summary>
    internal DuckDBConnection Connection { get; }

    /// <summary>
    /// Opens or creates the store at <paramref name="path"/>, creating its folder, with DuckDB's memory limit from the
    /// environment (<see cref="DuckDbMemoryLimit.FromEnvironment"/>).
    /// </summary>
    /// <exception cref="StoreException">The store cannot be opened, or <see cref="DuckDbMemoryLimit.Variable"/> is not a size.</exception>
    public static Warehouse Open(string path) => Open(path, DuckDbMemoryLimit.FromEnvironment(Environment.GetEnvironmentVariable));

    /// <summary>
    /// Opens or creates the store at <paramref name="path"/> with DuckDB's memory limit at <paramref name="memoryLimit"/>.
    /// Without a limit of its own DuckDB takes 80 % of the machine's memory before it spills anything; with one, the
    /// ingest's stage and the fact build's joins and sorts spill to <c>&lt;store&gt;.tmp</c> beyond it.
    /// </summary>
    internal static Warehouse Open(string path, DuckDbMemoryLimit memoryLimit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        DuckDBConnection? connection = null;
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            connection = new DuckDBConnection($"DataSource={full}");
            connection.Open();
            var warehouse = new Warehouse(full, connection);
            warehouse.Execute($"SET memory_limit = '{memoryLimit}'");
            warehouse.Execute(Schema.Create);
            var version = warehouse.Scalar("SELECT value FROM meta WHERE key = 'schema_version'");
            if (version is null)
            {
                warehouse.Execute($"INSERT INTO meta VALUES ('schema_version', '{Schema.Version}')");
            }
            else if (version.ToString() is "1" or "2" or "3" or "4" or "5" or "6")
            {
                // Straight to the current version in one transaction: a failure leaves the store as it was.
                using var transaction = connection.BeginTransaction();
                warehouse.Execute(version.ToString() switch
                {
                    "1" => Schema.MigrateFrom1 + Schema.MigrateFrom4 + Schema.MigrateFrom6,
                    "2" => Schema.MigrateFrom2 + Schema.MigrateFrom4 + Schema.MigrateFrom6,
                    "3" => Schema.MigrateFrom3 + Schema.MigrateFrom4 + Schema.MigrateFrom6,
                    "4" => Schema.MigrateFrom4 + Schema.MigrateFrom6,
                    "5" => Schema.MigrateFrom5 + Schema.MigrateFrom6,
                    _ => Schema.MigrateFrom6,
                });
                transaction.Commit();
            }
            else if (!string.Equals(version.ToString(), Schema.Version.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                throw new StoreException($"The store '{full}' has schema version {version}, this carebench needs {Schema.Version}. Use a new --store path.");
            }

            return warehouse;
        }
        catch (DuckDBException e) when (StoreFaults.IsLock(e.Message))
        {
            connection?.Dispose();
            throw new StoreException($"The store '{full}' is in use by another process (another carebench run?). Wait for it to finish, or use another --store.", e, inUse: true);
        }
        catch (DuckDBException e) when (StoreFaults.IsCorruption(e.Message))
        {
            connection?.Dispose();
            throw Corrupted(full, e);
        }
        catch (DuckDBException e)
        {
            connection?.Dispose();
            throw new StoreException($"The store '{full}' cannot be opened: {FirstLine(e.Message)}. If it is not a carebench DuckDB file, use another --store; if it is one, it is damaged: {StoreFaults.CorruptionFix}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            connection?.Dispose();
            throw new StoreException($"The store '{full}' cannot be created: {e.Message}", e);
        }
    }

    /// <summary>
    /// The upgrade <see cref="Open(string)"/> would run on the DuckDB file at <paramref name="path"/>, or null when it needs none
    /// (a new, current or newer store) or cannot be read now (missing, in use, damaged: <see cref="Open(string)"/> says so).
    /// Reads the file without changing it, so a caller can say what is about to happen before a long upgrade.
    /// </summary>
    public static StoreUpgrade? PendingUpgrade(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            return null;
        }

        try
        {
            using var connection = new DuckDBConnection($"DataSource={full};ACCESS_MODE=READ_ONLY");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
            if (!int.TryParse(command.ExecuteScalar()?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version >= Schema.Version)
            {
                return null;
            }

            command.CommandText = "SELECT count(*) FROM posts";
            return new StoreUpgrade(full, version, Schema.Version, Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture), Schema.UpgradeRewritesPosts(version));
        }
        catch (DuckDBException)
        {
            return null;
        }
    }

    /// <summary>The error for a damaged store file, naming it and what to do.</summary>
    public static StoreException Corrupted(string path, Exception inner) =>
        new($"The store '{path}' is damaged ({FirstLine(inner.Message)}). Nothing was changed. {StoreFaults.CorruptionFix}", inner)
        {
            Corrupt = true,
        };

    /// <summary>
    /// Makes the store's brand mapping match the registry: replaces the brand tables and, when the handles changed,
    /// re-resolves every stored post's brand. Posts by handles not in the registry are customers.
    /// </summary>
    public void ApplyRegistry(BrandRegistry registry)
    {
        var handles = registry.Brands
            .SelectMany(b => b.Handles.Select(h => (Platform: h.Platform.ToName(), Handle: h.Handle.ToLowerInvariant(), b.Id)))
            .OrderBy(h => h.Platform, StringComparer.Ordinal).ThenBy(h => h.Handle, StringComparer.Ordinal)
            .ToList();
        var accountIds = registry.Brands
            .SelectMany(b => b.AccountIds.Select(a => (Platform: a.Platform.ToName(), a.Id, Brand: b.Id)))
            .OrderBy(a => a.Platform, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var aliases = registry.Brands
            .SelectMany(b => b.Aliases.Select(h => (Platform: h.Platform.ToName(), Handle: h.Handle.ToLowerInvariant(), b.Id)))
            .OrderBy(h => h.Platform, StringComparer.Ordinal).ThenBy(h => h.Handle, StringComparer.Ordinal)
            .ToList();
        // Ids and aliases join the fingerprint only when there are any, so a registry without them keeps its fingerprint.
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', registry.Brands.Select(b => $"{b.Id}\t{b.Name}\t{b.Industry}").Concat(handles.Select(h => $"{h.Platform}\t{h.Handle}\t{h.Id}"))
                .Concat(accountIds.Select(a => $"id\t{a.Platform}\t{a.Id}\t{a.Brand}"))
                .Concat(aliases.Select(h => $"alias\t{h.Platform}\t{h.Handle}\t{h.Id}"))))));
        if (string.Equals(Scalar("SELECT value FROM meta WHERE key = 'registry'")?.ToString(), fingerprint, StringComparison.Ordinal))
        {
            return;
        }

        using var transaction = Connection.BeginTransaction();
        Execute("DELETE FROM brands; DELETE FROM brand_handles; DELETE FROM brand_account_ids; DELETE FROM brand_aliases;");
        using (var appender = Connection.CreateAppender("brands"))
        {
            foreach (var brand in registry.Brands)
            {
                appender.CreateRow().AppendValue(brand.Id).AppendValue(brand.Name).AppendValue(brand.Industry).EndRow();
            }
        }

        using (var appender = Connection.CreateAppender("brand_handles"))
        {
            foreach (var (platform, handle, id) in handles)
            {
                appender.CreateRow().AppendValue(platform).AppendValue(handle).AppendValue(id).EndRow();
            }
        }

        using (var appender = Connection.CreateAppender("brand_account_ids"))
        {
            foreach (var (platform, id, brand) in accountIds)
            {
                appender.CreateRow().AppendValue(platform).AppendValue(id).AppendValue(brand).EndRow();
            }
        }

        using (var appender = Connection.CreateAppender("brand_aliases"))
        {
            foreach (var (platform, handle, id) in aliases)
            {
                appender.CreateRow().AppendValue(platform).AppendValue(handle).AppendValue(id).EndRow();
            }
        }

        Execute(SqlResource.Get("registry-brand-of-posts"));
        Execute(FillMentionsSql);
        WeekChanges.MarkAll(this);
        Execute($"INSERT OR REPLACE INTO meta VALUES ('registry', '{fingerprint}')");
        transaction.Commit();
    }

    /// <summary>
    /// Extracts the mentioned handles of customer posts that have none yet (<c>posts.mentions</c> is filled for customer
    /// posts only: the ingest skips brand posts, and a registry change can turn a brand post into a customer's).
    /// </summary>
    internal const string FillMentionsSql = $"UPDATE posts SET mentions = {MentionHandles.Sql} WHERE brand_id IS NULL AND mentions IS NULL";

    /// <summary>Ingests one file, TWCS CSV or X API v2 JSON/JSONL by its content, in one transaction (<see cref="IngestTransaction"/>).</summary>
    public IngestSummary Ingest(string file, BrandRegistry registry, IngestOptions options, TimeProvider time, IProgress<IngestProgress>? progress, CancellationToken cancellationToken) =>
        new IngestTransaction(this).Ingest(file, registry, options, time, progress, cancellationToken);

    /// <summary>Ingests one post source in one transaction (<see cref="IngestTransaction"/>).</summary>
    public IngestSummary Ingest(IPostSource source, IngestOptions options, TimeProvider time, IProgress<IngestProgress>? progress, CancellationToken cancellationToken, Action? beforeCommit = null, string? rejectsName = null) =>
        new IngestTransaction(this).Ingest(source, options, time, progress, cancellationToken, beforeCommit, rejectsName);

    /// <summary>The rejects file name of an input file (see <see cref="IngestTransaction.RejectsName"/>).</summary>
    internal static string RejectsName(string file) => IngestTransaction.RejectsName(file);

    /// <summary>What the store holds.</summary>
    public StoreTotals Totals()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = SqlResource.Get("store-totals");
        using var reader = command.ExecuteReader();
        reader.Read();
        var totals = new StoreTotals(Path, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        using var sources = Connection.CreateCommand();
        sources.CommandText = SqlResource.Get("store-sources");
        using var rows = sources.ExecuteReader();
        var files = new List<StoreSource>();
        while (rows.Read())
        {
            files.Add(new StoreSource(
                rows.GetString(0),
                rows.GetString(1),
                DuckDbTime.Utc(rows.GetDateTime(2)),
                rows.GetInt64(3),
                rows.GetInt64(4),
                rows.GetInt64(5),
                rows.GetInt64(6)));
        }

        return totals with { Files = files };
    }

    /// <summary>
    /// Another connection to this store's database, for reads that run beside this connection's: the connections of one
    /// process share DuckDB's database instance, so it sees every committed row, while temporary tables (the conversation
    /// facts) stay each connection's own. Disposing it closes only that connection.
    /// </summary>
    internal Warehouse Another()
    {
        var connection = new DuckDBConnection($"DataSource={Path}");
        try
        {
            connection.Open();
            return new Warehouse(Path, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose() => Connection.Dispose();

    internal void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The time the stored data is complete up to when no "as of" time is given: the latest post not dated after the clock
    /// of its own ingest plus <see cref="PlausibleDates.FutureMargin"/>; null when the store holds no such post.
    /// </summary>
    /// <remarks>
    /// Ingest rejects posts dated after its clock, but a store filled before that check may hold one, and a single post
    /// dated decades ahead would otherwise become the "as of" time of every brand (turning answered-window states into
    /// pending) and the "latest data" week. The source's ingest time is the clock reading the data carries with it, so
    /// this needs no clock of the run and gives the same answer on every rerun.
    /// </remarks>
    public DateTime? LatestPostTime() =>
        Scalar(SqlResource.Get("latest-post-time", ("future_margin_minutes", ((long)PlausibleDates.FutureMargin.TotalMinutes).ToString(CultureInfo.InvariantCulture))))
            is DateTime latest ? latest : null;

    internal object? Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    internal static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
