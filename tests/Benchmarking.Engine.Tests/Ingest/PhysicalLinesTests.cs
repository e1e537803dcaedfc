using System.Text;
using Benchmarking.Engine.Ingest;

namespace Benchmarking.Engine.Tests.Ingest;

public sealed class PhysicalLinesTests
{
    // Hands out at most a few characters per read, so lines and look-ahead cross every buffer refill.
    private sealed class TrickleReader(string text, int chunk) : TextReader
    {
        private int position;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), text.Length - position);
            text.CopyTo(position, buffer, index, n);
            position += n;
            return n;
        }
    }

    private static List<string> ReadAll(PhysicalLines lines)
    {
        var all = new List<string>();
        for (long n = 1; lines.TryGet(n, out var line); n++)
        {
            all.Add(line.ToString());
        }

        return all;
    }

    public sealed class TryGet
    {
        [Theory]
        [InlineData("", new string[0])]
        [InlineData("\n", new[] { "" })]
        [InlineData("a\nb", new[] { "a", "b" })]
        [InlineData("a\nb\n", new[] { "a", "b" })]
        [InlineData("a\r\nb\rc\r\n\r\n", new[] { "a\r", "b\rc\r", "\r" })]
        public void Splits_at_line_feeds_only_and_keeps_carriage_returns(string text, string[] expected)
        {
            Assert.Equal(expected, ReadAll(new PhysicalLines(new StringReader(text))));
        }

        [Fact]
        public void Reads_lines_longer_than_its_buffer_whole()
        {
            var longLine = new string('x', 300_000) + "\r" + new string('y', 70_000);
            var text = "first\n" + longLine + "\nlast";

            Assert.Equal(["first", longLine, "last"], ReadAll(new PhysicalLines(new StringReader(text))));
        }

        [Fact]
        public void Keeps_the_lines_read_ahead_across_refills_until_they_are_discarded()
        {
            var random = new Random(7);
            var expected = Enumerable.Range(0, 5_000).Select(i => i + ":" + new string('a', random.Next(0, i % 100 == 0 ? 100_000 : 60))).ToList();
            var lines = new PhysicalLines(new TrickleReader(string.Join('\n', expected) + "\n", 4_093));

            for (var i = 0; i < expected.Count; i++)
            {
                var number = i + 1L;
                var ahead = Math.Min(expected.Count, number + 40);
                Assert.True(lines.TryGet(ahead, out var later));
                Assert.Equal(expected[(int)ahead - 1], later.ToString());
                Assert.True(lines.TryGet(number, out var line));
                Assert.Equal(expected[i], line.ToString());
                lines.DiscardBefore(number + 1);
            }

            Assert.False(lines.TryGet(expected.Count + 1L, out _));
        }

        [Fact]
        public void Refuses_a_line_already_discarded()
        {
            var lines = new PhysicalLines(new StringReader("a\nb\nc\n"));
            Assert.True(lines.TryGet(3, out _));

            lines.DiscardBefore(2);

            Assert.True(lines.TryGet(2, out var second));
            Assert.Equal("b", second.ToString());
            Assert.Throws<ArgumentOutOfRangeException>(() => lines.TryGet(1, out _));
        }

        [Fact]
        public void Gives_the_decoder_error_to_the_caller()
        {
            var bytes = Encoding.UTF8.GetBytes("ok\n").Concat(new byte[] { 0x92, (byte)'\n' }).ToArray();
            var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
            var lines = new PhysicalLines(new StreamReader(new MemoryStream(bytes), strict));

            Assert.Throws<DecoderFallbackException>(() => lines.TryGet(2, out _));
        }
    }
}
