using System.Text.Encodings.Web;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Html;

/// <summary>The text-quality report: user text (brand names, template text, theme and kind names, example posts) is encoded.</summary>
public sealed class QualityReportTests
{
    public static TheoryData<string> Fields => [.. SomeQuality.HostileFields, "delta-name", "american-name"];

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Html_encodes(string field)
    {
        var html = await HtmlReports.QualityAsync(SomeQuality.List(hostile: true), Some.Result(hostile: true));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<br>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("' &", html, StringComparison.Ordinal);
        Assert.Contains(HtmlEncoder.Default.Encode(Some.Hostile(field)), html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Markdown_escapes(string field)
    {
        var markdown = QualityMarkdown.Render(SomeQuality.List(hostile: true), Some.Result(hostile: true));

        Assert.Contains(MarkdownText.Escape(Some.Hostile(field)), markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)[<>]", markdown);
    }

    [Fact]
    public async Task Entity_encoded_post_text_from_X_is_decoded_once_and_encoded_again()
    {
        var quality = SomeQuality.List()[0];
        var examples = quality.Examples.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        examples["1004"] = examples["1004"] with { Text = "Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;" };
        IReadOnlyList<Engine.Text.BrandQuality> list = [quality with { Examples = examples }];

        var html = await HtmlReports.QualityAsync(list, null);
        var markdown = QualityMarkdown.Render(list, null);

        Assert.Contains("Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(MarkdownText.Escape("Tom & Jerry <script>alert(1)</script>"), markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_run_brands_are_named_by_id_and_output_is_deterministic()
    {
        var quality = SomeQuality.List();

        var html = await HtmlReports.QualityAsync(quality, null);
        var again = await HtmlReports.QualityAsync(quality, null);
        var markdown = QualityMarkdown.Render(quality, null);

        Assert.Equal(html, again);
        Assert.Contains("<h2>delta</h2>", html, StringComparison.Ordinal);
        Assert.Contains("## american-airlines\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Generated", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_run_the_registry_names_the_brands()
    {
        var registry = Benchmarking.Engine.Registry.BrandRegistry.Create(
        [
            Some.Brand("delta", "Delta Air Lines", "airlines", "Delta"),
            Some.Brand("american-airlines", "American <Airlines>", "airlines", "AmericanAir"),
        ]);

        var html = await HtmlReports.QualityAsync(SomeQuality.List(), null, registry: registry);
        var markdown = QualityMarkdown.Render(SomeQuality.List(), null, registry: registry);

        Assert.Contains("<h2>Delta Air Lines (delta)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>American &lt;Airlines&gt; (american-airlines)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("## Delta Air Lines (delta)\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>delta</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_quality_html_and_md()
    {
        using var dir = new TempDirectory();

        var paths = await ReportWriter.WriteQualityAsync(SomeQuality.List(), Some.Result(), dir.Path, CancellationToken.None);

        Assert.Equal([Path.Combine(dir.Path, "quality.html"), Path.Combine(dir.Path, "quality.md")], paths);
        Assert.All(paths, p => Assert.True(File.Exists(p)));
        Assert.Equal(QualityMarkdown.Render(SomeQuality.List(), Some.Result()), await File.ReadAllTextAsync(paths[1]));
        Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(paths[0]), StringComparison.Ordinal);
    }
}
