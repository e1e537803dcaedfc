using System.Text;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Markdown;

public sealed class MarkdownTextTests
{
    public sealed class Escape
    {
        [Theory]
        [InlineData("Delta", "Delta")]
        [InlineData("a|b", @"a\|b")]
        [InlineData("<script>alert(1)</script>", @"\<script\>alert(1)\</script\>")]
        [InlineData("*bold* _it_ `code` ~~x~~", @"\*bold\* \_it\_ \`code\` \~\~x\~\~")]
        [InlineData("[link](http://x) ![img](y)", @"\[link\](http://x) !\[img\](y)")]
        [InlineData("AT&T #1 $5", @"AT\&T \#1 \$5")]
        [InlineData(@"back\slash", @"back\\slash")]
        [InlineData("line\r\nbreak\ttab", "line  break tab")]
        [InlineData("- item", @"\- item")]
        [InlineData("+ item", @"\+ item")]
        [InlineData("12. item", @"12\. item")]
        [InlineData("3) item", @"3\) item")]
        [InlineData("63.2", "63.2")]
        [InlineData("-5", "-5")]
        [InlineData("read 5 = accepted 4 + rejected 1", "read 5 = accepted 4 + rejected 1")]
        public void Escapes_only_what_markdown_would_interpret(string text, string expected)
        {
            Assert.Equal(expected, MarkdownText.Escape(text));
        }
    }

    public sealed class Tables
    {
        [Fact]
        public void Hostile_text_never_adds_or_removes_a_column()
        {
            var markdown = ComparisonMarkdown.Render(Some.Comparison(hostile: true));

            var tables = SplitTables(markdown);
            Assert.True(tables.Count >= 5, "expected the headline, about, inputs, store and findings tables");
            foreach (var table in tables)
            {
                var pipes = table.Select(UnescapedPipes).Distinct().ToList();
                Assert.True(pipes.Count == 1, $"rows with different column counts:\n{string.Join("\n", table)}");
            }

            Assert.DoesNotMatch(@"(?<!\\)<", markdown);
            Assert.Contains(@"\<script\>alert(1)\</script\>", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void An_empty_table_says_none()
        {
            var builder = new StringBuilder();
            MarkdownText.AppendTable(builder, Reports.Tables.RunTables.Findings(Some.Result() with { Findings = [] }));
            Assert.Equal("_none_\n\n", builder.ToString());
        }

        private static List<List<string>> SplitTables(string markdown)
        {
            var tables = new List<List<string>>();
            List<string>? current = null;
            foreach (var line in markdown.Split('\n'))
            {
                if (line.StartsWith('|'))
                {
                    current ??= [];
                    current.Add(line);
                }
                else if (current is not null)
                {
                    tables.Add(current);
                    current = null;
                }
            }

            return tables;
        }

        private static int UnescapedPipes(string line)
        {
            var count = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '\\')
                {
                    i++;
                }
                else if (line[i] == '|')
                {
                    count++;
                }
            }

            return count;
        }
    }
}
