using System.Globalization;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Pipeline;

/// <summary>Per-mention facts for exports, streamed from the store.</summary>
public sealed partial class CareBenchmark
{
    private const string MentionFactsExportSql = """
        SELECT mf.platform, mf.post_id, mf.brand_id, p.author, mf.created_at, mf.status, mf.first_reply_at, mf.response_seconds
        FROM mention_facts mf
        JOIN posts p ON p.platform = mf.platform AND p.post_id = mf.post_id
        ORDER BY mf.brand_id, mf.created_at, mf.platform, mf.post_id
        """;

    /// <summary>
    /// Streams every mention counted by the last <see cref="Evaluate"/> on this instance, ordered by brand id, mention
    /// time, platform and post id (ordinal), one row at a time through a DuckDB data reader: nothing is materialised.
    /// </summary>
    /// <remarks>
    /// Reads the temporary <c>mention_facts</c> table the metrics calculator builds, so the rows match the figures of
    /// that evaluation exactly (one production definition). Do not start another query on this instance while
    /// enumerating.
    /// </remarks>
    /// <exception cref="InvalidOperationException">No evaluation has run on this instance.</exception>
    internal IEnumerable<MentionFact> MentionFacts()
    {
        var exists = warehouse.Scalar("SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = 'mention_facts'");
        if (Convert.ToInt64(exists, CultureInfo.InvariantCulture) == 0)
        {
            throw new InvalidOperationException("Mention facts exist only after Evaluate: evaluate before exporting mentions.");
        }

        return Read();

        IEnumerable<MentionFact> Read()
        {
            using var command = warehouse.Connection.CreateCommand();
            command.CommandText = MentionFactsExportSql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                yield return new MentionFact(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    Utc(reader, 4)!.Value,
                    reader.GetString(5),
                    Utc(reader, 6),
                    reader.IsDBNull(7) ? null : Convert.ToDouble(reader.GetValue(7), CultureInfo.InvariantCulture));
            }
        }
    }

    private static DateTimeOffset? Utc(DuckDBDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));
}
