using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Benchmarking.Cli.Tests.Support;
using Benchmarking.Engine.Store;
using DuckDB.NET.Data;

namespace Benchmarking.Cli.Tests;

/// <summary>
/// The crafted bad-input corpus (<c>tests/Benchmarking.Cli.Tests/Corpus</c>, described in its README): every file is
/// ingested with <c>carebench ingest</c> into a store that already holds a clean baseline, and the table states its exit
/// code, its accounting against an independent count of the physical records in the file, its reject reasons, and that
/// nothing stored before changed.
/// </summary>
public sealed partial class BadInputCorpusTests
{
    private static readonly string Corpus = Path.Combine(RepoPaths.Root, "tests", "Benchmarking.Cli.Tests", "Corpus");

    /// <summary>file, exit code, accepted, reject reasons ("code=count;…", empty for none).</summary>
    public static TheoryData<string, int, int, string> Files => new()
    {
        { "stray-quote-early.csv", ExitCodes.Ok, 29, "malformed-quoting=1" },
        { "stray-quote-middle.csv", ExitCodes.Ok, 29, "malformed-quoting=1" },
        { "stray-quote-last.csv", ExitCodes.Ok, 9, "malformed-quoting=1" },
        { "truncated-in-quotes.csv", ExitCodes.Ok, 5, "malformed-quoting=1" },
        { "nul-bytes.csv", ExitCodes.Ok, 3, "nul-character=2" },
        { "control-characters.csv", ExitCodes.Ok, 4, "bad-inbound-flag=1" },
        { "bom-crlf.csv", ExitCodes.Ok, 5, string.Empty },
        { "lone-cr.csv", ExitCodes.Ok, 4, string.Empty },
        { "multi-line-posts.csv", ExitCodes.Ok, 3, string.Empty },
        { "utf16-with-bom.csv", ExitCodes.Ok, 2, string.Empty },
        { "implausible-dates.csv", ExitCodes.Ok, 5, "implausible-date=4" },
        { "hostile-ids.csv", ExitCodes.Ok, 2, "id-not-integer=5;duplicate-id-conflict=2;id-scientific-notation=1" },
        { "blank-lines.csv", ExitCodes.Ok, 3, "wrong-field-count=2" },
        { "empty.csv", ExitCodes.InputRejected, 0, string.Empty },
        { "wrong-header.csv", ExitCodes.InputRejected, 0, string.Empty },
        { "invalid-utf8.csv", ExitCodes.InputRejected, 0, string.Empty },
        { "utf16-without-bom.csv", ExitCodes.InputRejected, 0, string.Empty },
    };

    /// <summary>registry file, the problem the error must name.</summary>
    public static TheoryData<string, string> Registries => new()
    {
        { "top-level-array.json", "a registry is an object" },
        { "numeric-industries.json", "industries[1]: must be a non-empty name in quotes" },
        { "industries-as-string.json", "\"industries\" must be an array of names" },
        { "no-brands.json", "no brands" },
        { "colliding-industries.json", "industries 'Retail!' and 'retail' differ only in case, spaces or punctuation" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Ingests_each_bad_file_with_its_exit_code_accounting_and_reasons_leaving_the_rest_of_the_store_as_it_was(
        string file, int exitCode, int accepted, string reasons)
    {
        using var temp = new TempDirectory();
        var baseline = temp.Combine("baseline.csv");
        File.WriteAllText(baseline, "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
            + string.Concat(Enumerable.Range(1, 20).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i},115712,True,Tue Oct 31 22:10:47 +0000 2017,@sprintcare baseline {i},,\n"))));
        Assert.Equal(ExitCodes.Ok, Ingest(temp, baseline).ExitCode);
        var before = Fingerprint(temp, "source_id = 1");

        var path = Path.Combine(Corpus, "ingest", file);
        var result = Ingest(temp, path);

        Assert.True(exitCode == result.ExitCode, $"exit {result.ExitCode}: {result.Error}");
        Assert.Equal(before, Fingerprint(temp, "source_id = 1"));
        Assert.DoesNotContain('\u001B', result.Out + result.Error);
        Assert.DoesNotContain('\0', result.Out + result.Error);
        foreach (var rejects in Directory.Exists(temp.Combine("out", "rejects")) ? Directory.EnumerateFiles(temp.Combine("out", "rejects")) : [])
        {
            Assert.DoesNotContain(File.ReadAllText(rejects), c => c is '\u001B' or '\0' or '\u0007');
        }
        if (exitCode != ExitCodes.Ok)
        {
            Assert.StartsWith("Error: ", result.Error, StringComparison.Ordinal);
            Assert.Contains(file, result.Error, StringComparison.Ordinal);
            Assert.Equal("0", Fingerprint(temp, "source_id <> 1").Split('|')[0]);
            return;
        }

        var accounting = AccountingLine().Match(result.Out);
        Assert.True(accounting.Success, result.Out);
        var (read, accepted2, rejected) = (int.Parse(accounting.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(accounting.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(accounting.Groups[3].Value, CultureInfo.InvariantCulture));
        Assert.Equal(PhysicalRecords(path), read);
        Assert.Equal(read, accepted2 + rejected);
        Assert.Equal(accepted, accepted2);
        var printed = RejectedLine().Matches(result.Out).Select(m => $"{m.Groups[1].Value}={m.Groups[2].Value}");
        Assert.Equal(reasons.Length == 0 ? [] : reasons.Split(';'), printed);
        Assert.Equal(accepted.ToString(CultureInfo.InvariantCulture), Fingerprint(temp, "source_id <> 1").Split('|')[0]);
    }

    [Theory]
    [MemberData(nameof(Registries))]
    public void Refuses_each_hostile_registry_with_exit_1_naming_the_problem(string file, string problem)
    {
        using var temp = new TempDirectory();

        var result = Carebench.RunIn(temp.Path, "ingest", Path.Combine(Corpus, "ingest", "lone-cr.csv"), "--brands", Path.Combine(Corpus, "registries", file), "--store", temp.Combine("s.duckdb"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("s.duckdb")));
    }

    private static CliResult Ingest(TempDirectory temp, string file) =>
        Carebench.RunIn(temp.Path, "ingest", file, "--brands", RepoPaths.Brands, "--store", temp.Combine("s.duckdb"), "--out", temp.Combine("out"));

    /// <summary>
    /// The records a person sees in the file, counted without any CSV parser: its lines after the header, except the
    /// continuation lines of multi-line posts, which the corpus indents by two spaces.
    /// </summary>
    private static int PhysicalRecords(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lines = reader.ReadToEnd().Split('\n');
        var count = lines.Skip(1).Count(l => !l.StartsWith("  ", StringComparison.Ordinal));
        return lines[^1].Length == 0 ? count - 1 : count;
    }

    /// <summary>Count and content hash of the stored posts matching <paramref name="where"/>.</summary>
    private static string Fingerprint(TempDirectory temp, string where)
    {
        using var connection = new DuckDBConnection($"DataSource={temp.Combine("s.duckdb")};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) || '|' || coalesce(sum(hash(post_id || {ContentHash.Stored} || coalesce(brand_id, ''))), 0) FROM posts WHERE {where}";
        return command.ExecuteScalar()!.ToString()!;
    }

    [GeneratedRegex(@"read (\d+) = accepted (\d+) \+ rejected (\d+)")]
    private static partial Regex AccountingLine();

    [GeneratedRegex(@"^  rejected ([a-z-]+): (\d+) ", RegexOptions.Multiline)]
    private static partial Regex RejectedLine();
}
