using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Exports;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Exports;

/// <summary>Test data and helpers for the export tests.</summary>
internal static class ExportSupport
{
    public static readonly DateTimeOffset Mentioned = new(2017, 10, 31, 22, 10, 47, TimeSpan.Zero);

    /// <summary>Three mentions: Delta answered (by two customers), American pending.</summary>
    public static IReadOnlyList<MentionFact> Mentions() =>
    [
        new("twitter", "101", "delta", "Alice_1", Mentioned, MentionStatus.Answered, Mentioned.AddSeconds(845.25), 845.25),
        new("twitter", "102", "delta", "bob", Mentioned.AddMinutes(1), MentionStatus.Answered, Mentioned.AddHours(2), 7140),
        new("twitter", "103", "american-airlines", "alice_1", Mentioned.AddMinutes(2), MentionStatus.Pending, null, null),
    ];

    /// <summary><see cref="Some.Result"/> with the three brands renamed.</summary>
    public static BenchmarkResult WithNames(string delta, string american, string small)
    {
        var result = Some.Result();
        var board = result.Leaderboards[0];
        static RankedBrand Rename(RankedBrand b, string name) => b with { Brand = b.Brand with { Name = name } };
        board = board with
        {
            Ranked = [Rename(board.Ranked[0], delta), Rename(board.Ranked[1], american)],
            NotEnoughData = [Rename(board.NotEnoughData[0], small)],
        };
        return result with { Leaderboards = [board] };
    }

    /// <summary>Writes every table in the formats given to <c>&lt;dir&gt;/export</c>; returns the paths.</summary>
    public static IReadOnlyList<string> Export(BenchmarkResult result, string directory, params ExportFormat[] formats) =>
        DataExporter.Write(result, Mentions(), directory, new ExportOptions { Formats = formats });

    /// <summary>RFC 4180 parse of a whole CSV text ("\n" records).</summary>
    public static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    /// <summary>The CSV as header-keyed records.</summary>
    public static List<Dictionary<string, string>> Records(string path)
    {
        var rows = ParseCsv(File.ReadAllText(path));
        return rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
    }
}
