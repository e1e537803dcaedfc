using Benchmarking.Engine.Ingest;

namespace Benchmarking.Engine.Tests.Ingest;

public sealed class CsvRecordTests
{
    private static List<string> Fields(CsvRecord record) => Enumerable.Range(0, record.Count).Select(i => record[i].ToString()).ToList();

    public sealed class Read
    {
        [Fact]
        public void Overwrites_a_reused_record_with_each_line_however_many_fields_and_characters_came_before()
        {
            var wide = string.Join(',', Enumerable.Range(0, 40));
            var quoted = "\"" + string.Concat(Enumerable.Repeat("say \"\"hi\"\",\nthen ", 200)) + "\"";
            var lines = new PhysicalLines(new StringReader(wide + "\n" + quoted + ",b\r\nx,\"y\"z,\r\n"));
            var record = new CsvRecord();

            record.Read(lines, 1);
            Assert.Equal(Enumerable.Range(0, 40).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Fields(record));
            Assert.Equal((1, CsvQuoting.WellFormed, 0L, -1), (record.Lines, record.Quoting, record.QuoteLine, record.QuoteField));

            record.Read(lines, 2);
            Assert.Equal([string.Concat(Enumerable.Repeat("say \"hi\",\nthen ", 200)), "b"], Fields(record));
            Assert.Equal((201, CsvQuoting.WellFormed, 2L, 0), (record.Lines, record.Quoting, record.QuoteLine, record.QuoteField));

            record.Read(lines, 203);
            Assert.Equal(["x", "yz", string.Empty], Fields(record));
            Assert.Equal((1, CsvQuoting.Stray, 0L, -1), (record.Lines, record.Quoting, record.QuoteLine, record.QuoteField));
        }

        [Fact]
        public void Leaves_a_quote_still_open_at_the_end_out_of_the_fields()
        {
            var lines = new PhysicalLines(new StringReader("a,\"open\nstill open"));
            var record = new CsvRecord();

            record.Read(lines, 1);

            Assert.Equal(["a"], Fields(record));
            Assert.Equal((2, CsvQuoting.Unterminated, 1L, 1), (record.Lines, record.Quoting, record.QuoteLine, record.QuoteField));
            Assert.Throws<ArgumentOutOfRangeException>(() => record[1].ToString());
        }

        [Fact]
        public void Gives_up_on_a_quote_open_for_MaxLines_lines()
        {
            var lines = new PhysicalLines(new StringReader("a,\"" + string.Concat(Enumerable.Repeat("line\n", CsvRecord.MaxLines + 5))));
            var record = new CsvRecord();

            record.Read(lines, 1);

            Assert.Equal((CsvRecord.MaxLines, CsvQuoting.TooLong, 1), (record.Lines, record.Quoting, record.Count));
        }
    }
}
