namespace Benchmarking.Engine.Tests.Metrics;

/// <summary>
/// Methodology §3 on known numbers: type-7 quantiles, mean, sample variance, log-IQR and the within-time shares of the
/// answered mentions' first-response seconds. Expected values computed by hand and with Python's
/// <c>statistics.quantiles(method="inclusive")</c> (type 7).
/// </summary>
public sealed class ResponseTimeStatisticsTests
{
    [Theory]
    [InlineData(new double[] { 10, 20, 30, 40, 50, 60, 70, 80, 90, 1000 }, 55.0, 32.5, 77.5, 181.0, 145.0, 90916.666666666672)]
    [InlineData(new double[] { 5, 900, 901, 3600, 3601, 86400, 86401, 200000 }, 3600.5, 900.75, 86400.25, 120480.7, 47726.0, 5247924745.714286)]
    [InlineData(new double[] { 3, 1 }, 2.0, 1.5, 2.5, 2.8, 2.0, 2.0)]
    [InlineData(new double[] { 7, 7, 7, 7 }, 7.0, 7.0, 7.0, 7.0, 7.0, 0.0)]
    public void Quantiles_are_type_7_and_variance_is_the_sample_form(double[] seconds, double median, double p25, double p75, double p90, double mean, double variance)
    {
        var stats = new Scenario().AnsweredAfter(seconds).Evaluate("acme").FirstResponse;

        Assert.Equal(seconds.Length, stats.Count);
        Assert.Equal(median, stats.MedianSeconds!.Value, 9);
        Assert.Equal(p25, stats.P25Seconds!.Value, 9);
        Assert.Equal(p75, stats.P75Seconds!.Value, 9);
        Assert.Equal(p90, stats.P90Seconds!.Value, 9);
        Assert.Equal(mean, stats.MeanSeconds!.Value, 9);
        Assert.Equal(variance, stats.VarianceSeconds2!.Value, 1e-9 * Math.Max(1, variance));
        Assert.Equal(Math.Sqrt(variance), stats.StdDevSeconds!.Value, 1e-9 * Math.Max(1, Math.Sqrt(variance)));
    }

    [Fact]
    public void One_answer_has_every_quantile_but_no_variance()
    {
        var stats = new Scenario().AnsweredAfter(42).Evaluate("acme").FirstResponse;

        Assert.Equal((42.0, 42.0, 42.0, 42.0, 42.0), (stats.MedianSeconds!.Value, stats.P25Seconds!.Value, stats.P75Seconds!.Value, stats.P90Seconds!.Value, stats.MeanSeconds!.Value));
        Assert.Null(stats.VarianceSeconds2);
        Assert.Null(stats.StdDevSeconds);
    }

    [Theory]
    [InlineData(new double[] { 1, 10, 100, 1000 }, 1.5)]
    [InlineData(new double[] { 0, 10, 100, 1000 }, 1.5)]
    [InlineData(new double[] { 60, 60, 60 }, 0.0)]
    [InlineData(new double[] { 30 }, 0.0)]
    public void The_spread_is_the_type_7_iqr_of_log10_seconds_floored_at_one(double[] seconds, double decades)
    {
        Assert.Equal(decades, new Scenario().AnsweredAfter(seconds).Evaluate("acme").LogIqrDecades!.Value, 12);
    }

    [Fact]
    public void Within_shares_include_the_boundary_and_divide_by_decided_mentions()
    {
        var scenario = new Scenario().AnsweredAfter(5, 900, 901, 3600, 3601, 86400, 86401);
        scenario.Customer("@AcmeHelp never answered", -10 * 86400);

        var acme = scenario.Evaluate("acme");

        Assert.Equal(8, acme.Decided);
        Assert.Equal(2 / 8.0, acme.Within15Min);
        Assert.Equal(4 / 8.0, acme.Within1Hour);
        Assert.Equal(6 / 8.0, acme.Within24Hours);
        Assert.Equal(7 / 8.0, acme.ResponseRate);
    }

    [Fact]
    public void A_brand_that_answered_nothing_has_empty_statistics()
    {
        var scenario = new Scenario();
        scenario.Customer("@AcmeHelp anyone?");
        scenario.Customer("later", 30 * 86400);

        var acme = scenario.Evaluate("acme");

        Assert.Equal(0, acme.FirstResponse.Count);
        Assert.All(new[] { acme.FirstResponse.MedianSeconds, acme.FirstResponse.MeanSeconds, acme.FirstResponse.P90Seconds, acme.LogIqrDecades }, Assert.Null);
        Assert.Equal(0.0, acme.ResponseRate);
    }
}
