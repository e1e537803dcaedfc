using System.Globalization;
using System.Text;

namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// One writer per ClickHouse database at a time: the equivalent of the DuckDB file lock for ingests and text-feature
/// updates. A lease is a row in <c>write_leases</c> on the catalogue node, held until a row marks it released.
/// </summary>
/// <remarks>
/// Claiming writes the lease first and then reads every held lease; a writer that sees any lease besides its own
/// releases its own and stops. Inserts on one node are visible to every later read there, so of two writers claiming
/// at once at least one sees the other: both may stop (each says so, a rerun succeeds), never both write. A killed
/// process keeps its lease; the error names it and gives the statement that clears it.
/// </remarks>
internal sealed class WriteLease : IDisposable
{
    private readonly ClickHouseHttp http;
    private readonly string database;
    private readonly string row;
    private bool released;

    private WriteLease(ClickHouseHttp http, string database, string row) => (this.http, this.database, this.row) = (http, database, row);

    /// <summary>Claims the write lease of <paramref name="database"/> for <paramref name="purpose"/> (e.g. "ingest of x.csv").</summary>
    /// <exception cref="StoreException">Another writer holds the lease (<see cref="StoreException.InUse"/>).</exception>
    public static WriteLease Claim(ClickHouseHttp http, string database, string purpose, DateTimeOffset now)
    {
        var id = Guid.NewGuid().ToString("N");
        var fields = new StringBuilder();
        Tsv.Append(fields, id);
        fields.Append('\t');
        Tsv.Append(fields, $"{purpose} (host {Environment.MachineName}, process {Environment.ProcessId})");
        fields.Append(CultureInfo.InvariantCulture, $"\t{Microseconds.From(now)}\t");
        var lease = new WriteLease(http, database, fields.ToString());
        http.Insert(0, $"{database}.write_leases", "lease_id, holder, claimed_us, released", Encoding.UTF8.GetBytes(lease.row + "0\n"));
        var others = http.Query(0, $"SELECT lease_id, any(holder), min(claimed_us) FROM {database}.write_leases GROUP BY lease_id HAVING max(released) = 0 ORDER BY min(claimed_us), lease_id")
            .Where(r => r[0] != id)
            .ToList();
        if (others.Count == 0)
        {
            return lease;
        }

        lease.Dispose();
        var (other, holder, since) = (others[0][0], others[0][1], Microseconds.ToTime(long.Parse(others[0][2], CultureInfo.InvariantCulture)));
        throw new StoreException(
            $"ClickHouse store {http.Location}: another writer holds the database's write lease since {since:yyyy-MM-dd HH:mm:ss} UTC: {holder}. " +
            $"One ingest or text analysis writes to a database at a time; run this again when it has finished. If that process no longer runs (a killed run keeps its lease), " +
            $"clear the lease with: INSERT INTO {database}.write_leases (lease_id, released) VALUES ('{other}', 1)",
            null, inUse: true);
    }

    /// <summary>Releases the lease (one insert). A release that cannot be written leaves the lease to be cleared by hand, as the next writer's error says.</summary>
    public void Dispose()
    {
        if (released)
        {
            return;
        }

        released = true;
        try
        {
            http.Insert(0, $"{database}.write_leases", "lease_id, holder, claimed_us, released", Encoding.UTF8.GetBytes(row + "1\n"));
        }
        catch (ClickHouseException)
        {
            // The catalogue node is gone: the failure that brought us here is the one to report.
        }
    }
}
