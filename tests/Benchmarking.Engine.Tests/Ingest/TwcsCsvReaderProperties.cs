using System.Globalization;
using System.Text;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Tests.Support;
using CsCheck;

namespace Benchmarking.Engine.Tests.Ingest;

/// <summary>
/// Property tests of the TWCS reader: generated valid files (texts with commas, quotes and line breaks) with faults
/// injected in place of some records — a quote left open, a blank line, a record with too few fields, a file cut inside
/// a quoted text. Whatever the mix, every valid record is read back exactly, in order, and every fault costs at most
/// one rejected record.
/// </summary>
public sealed class TwcsCsvReaderProperties
{
    private enum Fault
    {
        None,
        OpenQuote,
        Blank,
        TooFewFields,
    }

    // No digits in texts: a line of text can then never pass for the start of a record.
    private static readonly Gen<string> Text = Gen.Char["abcxyz @#,\"\n\r"].Array[0, 40].Select(chars => new string(chars));

    private static readonly Gen<(Fault Fault, string Text, bool Inbound)> Record =
        Gen.Select(Gen.Frequency((12, Gen.Const(Fault.None)), (1, Gen.Const(Fault.OpenQuote)), (1, Gen.Const(Fault.Blank)), (1, Gen.Const(Fault.TooFewFields))), Text, Gen.Bool);

    private static readonly Gen<((Fault Fault, string Text, bool Inbound)[] Records, bool CutInQuotes, bool Crlf)> Files =
        Gen.Select(Record.Array[1, 60], Gen.Bool, Gen.Bool);

    [Fact]
    public void Every_valid_record_outside_a_fault_is_read_exactly_and_every_fault_costs_at_most_one_record()
    {
        using var dir = new TempDir();
        var n = 0;
        Files.Sample(sample =>
        {
            var (records, cutInQuotes, crlf) = sample;
            var newline = crlf ? "\r\n" : "\n";
            var file = new StringBuilder(TwcsCsv.Header).Append(newline);
            var expected = new List<(string Id, string Text, bool Inbound)>();
            for (var i = 0; i < records.Length; i++)
            {
                var (fault, text, inbound) = records[i];
                var id = (i + 1).ToString(CultureInfo.InvariantCulture);
                var flag = inbound ? "True" : "False";
                var plain = text.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
                file.Append(fault switch
                {
                    Fault.OpenQuote => $"{id},cust,{flag},{TwcsCsv.Timestamp},\"{plain},,",
                    Fault.Blank => string.Empty,
                    Fault.TooFewFields => $"{id},cust,{flag},{TwcsCsv.Timestamp},{plain.Replace(",", string.Empty, StringComparison.Ordinal)}",
                    _ => TwcsCsv.Row(id, "cust", flag, text: text),
                }).Append(newline);
                if (fault == Fault.None)
                {
                    expected.Add((id, text, inbound));
                }
            }

            var faults = records.Count(r => r.Fault != Fault.None);
            if (cutInQuotes)
            {
                file.Append(string.Create(CultureInfo.InvariantCulture, $"{records.Length + 1},cust,True,{TwcsCsv.Timestamp},\"cut off{newline}here"));
                faults++;
            }

            var path = dir.File(string.Create(CultureInfo.InvariantCulture, $"generated-{Interlocked.Increment(ref n)}.csv"));
            File.WriteAllText(path, file.ToString(), new UTF8Encoding(false));

            var outcomes = new TwcsCsvReader(path, Registries.Shipped, new IngestOptions().GetEncoding()).Read(null, CancellationToken.None).ToList();

            var accepted = outcomes.Where(o => o.Post is not null).Select(o => (o.Post!.PostId, o.Post.Text, o.Post.DeclaredInbound == true)).ToList();
            Assert.Equal(expected, accepted);
            var rejected = outcomes.Count(o => o.Rejected is not null);
            Assert.InRange(rejected, faults > 0 ? 1 : 0, faults);
            Assert.Equal(Enumerable.Range(1, outcomes.Count).Select(i => (long)i), outcomes.Select(o => o.Row));
            Assert.All(outcomes, o => Assert.True(o.Post is null != (o.Rejected is null)));
            File.Delete(path);
        }, iter: 300, threads: 1, seed: null);
    }
}
