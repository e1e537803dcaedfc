using System.Globalization;
using Benchmarking.Reports.Exports;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Exports;

public sealed class DeterminismTests
{
    private static readonly string[] Files = ["brands.csv", "brands.json", "rankings.csv", "rankings.json", "mentions.csv", "mentions.json"];

    [Fact]
    public void Two_runs_give_byte_identical_csv_and_json()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        ExportSupport.Export(Some.Result(), first.Path, ExportFormat.Csv, ExportFormat.Json);
        ExportSupport.Export(Some.Result(), second.Path, ExportFormat.Csv, ExportFormat.Json);

        foreach (var file in Files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, "export", file)), File.ReadAllBytes(Path.Combine(second.Path, "export", file)));
        }
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void Another_culture_gives_byte_identical_csv_and_json(string culture)
    {
        using var pinned = new TempDirectory();
        using var other = new TempDirectory();
        ExportSupport.Export(Some.Result(), pinned.Path, ExportFormat.Csv, ExportFormat.Json);

        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            ExportSupport.Export(Some.Result(), other.Path, ExportFormat.Csv, ExportFormat.Json);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }

        foreach (var file in Files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(pinned.Path, "export", file)), File.ReadAllBytes(Path.Combine(other.Path, "export", file)));
        }
    }

    [Fact]
    public void Timestamps_are_iso_8601_utc_with_z_and_numbers_are_invariant()
    {
        using var temp = new TempDirectory();

        ExportSupport.Export(Some.Result(), temp.Path, ExportFormat.Csv, ExportFormat.Json);

        var csv = File.ReadAllText(Path.Combine(temp.Path, "export", "mentions.csv"));
        Assert.Equal(
            "platform,post_id,brand_id,customer,created_at,status,first_reply_at,response_seconds\n"
            + "twitter,101,delta,cust-REDACTED,2017-10-31T22:10:47Z,answered,2017-10-31T22:24:52.25Z,845.25\n",
            System.Text.RegularExpressions.Regex.Replace(string.Join('\n', csv.Split('\n').Take(2)) + "\n", "cust-[0-9a-f]{10}", "cust-REDACTED"));
        var json = File.ReadAllText(Path.Combine(temp.Path, "export", "mentions.json"));
        Assert.Contains("\"created_at\": \"2017-10-31T22:10:47Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"response_seconds\": 845.25", json, StringComparison.Ordinal);
        Assert.Contains("\"first_reply_at\": null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timestamp_with_an_offset_is_written_in_utc()
    {
        var local = new DateTimeOffset(2017, 11, 1, 1, 10, 47, TimeSpan.FromHours(3));

        Assert.Equal("2017-10-31T22:10:47Z", ExportValues.Timestamp(local));
    }
}
