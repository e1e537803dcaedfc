using Benchmarking.Engine.History;
using System.Xml.Linq;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Charts;

/// <summary>The weekly trend charts and the hour × weekday heatmaps: the data behind them, and non-empty SVGs of the right size.</summary>
public sealed class TrendAndHeatmapChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly IsoWeek W44 = new(2017, 44);

    public sealed class WeeklyTrend
    {
        private static readonly WeeklyFigures[] Weekly =
        [
            new("delta", W44.Plus(-2), 10, 6, 0, 0.6, 900),
            new("delta", W44, 20, 10, 4, 10 / 16.0, 600),
            new("american-airlines", W44.Plus(-1), 5, 0, 0, 0.0, null),
        ];

        [Fact]
        public void Has_a_point_per_week_of_the_span_and_gaps_where_a_brand_has_no_value()
        {
            var rates = WeeklyTrendChart.Lines([("delta", "Delta"), ("american-airlines", "American")], Weekly, TrendMeasure.ResponseRate);
            var medians = WeeklyTrendChart.Lines([("delta", "Delta"), ("american-airlines", "American")], Weekly, TrendMeasure.MedianResponse);

            Assert.Equal([W44.Plus(-2), W44.Plus(-1), W44], rates[0].Points.Select(p => p.Week));
            Assert.Equal([0.6, null, 0.625], rates[0].Points.Select(p => p.Value));
            Assert.All(rates[1].Points, p => Assert.Null(p.Value)); // 5 decided mentions: too few to chart
            Assert.Equal([null, null, 600.0], medians[0].Points.Select(p => p.Value)); // 6 answered in W42: too few
            Assert.All(medians[1].Points, p => Assert.Null(p.Value));
        }

        [Fact]
        public void Weeks_with_fewer_than_ten_mentions_are_not_drawn_and_marked_in_the_tables()
        {
            // One mention swung trend lines between 0% and 100%.
            var one = new WeeklyFigures("delta", W44, 1, 1, 0, 1.0, 60);

            Assert.Null(WeeklyTrendChart.Value(one, TrendMeasure.ResponseRate));
            Assert.Null(WeeklyTrendChart.Value(one, TrendMeasure.MedianResponse));
            Assert.Equal("100.0% (n = 1)", WeeklyTrendChart.Cell(one, TrendMeasure.ResponseRate));
            Assert.Equal("62.5%", WeeklyTrendChart.Cell(Weekly[1], TrendMeasure.ResponseRate));
        }

        [Theory]
        [InlineData(false, "Response rate by week")]
        [InlineData(true, "Median first response by week")]
        public void Is_a_non_empty_svg_of_the_declared_size(bool median, string title)
        {
            var measure = median ? TrendMeasure.MedianResponse : TrendMeasure.ResponseRate;
            var lines = WeeklyTrendChart.Lines([("delta", "Delta"), ("american-airlines", "American")], Weekly, measure);

            var root = XElement.Parse(WeeklyTrendChart.Render(lines, measure, "trend").Svg);

            Assert.Equal(("800", "320"), ((string?)root.Attribute("width"), (string?)root.Attribute("height")));
            Assert.True(root.Descendants(Svg + "path").Count() > 5, "the chart draws nothing");
            var texts = root.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
            Assert.Contains(title, texts);
            Assert.Contains("W44", texts);
            Assert.Contains("Delta", texts);
        }

        [Fact]
        public void The_scorecard_trend_is_the_brands_weekly_figures() =>
            Assert.Equal(
                Sample.DeltaScorecard.Trend.Select(t => t.Decided >= 10 ? t.ResponseRate : null),
                ScorecardCharts.Trend(Sample.DeltaScorecard, TrendMeasure.ResponseRate).Single().Points.Select(p => p.Value));

        [Fact]
        public void The_comparison_trend_covers_at_most_the_last_26_weeks_with_data()
        {
            var comparison = Sample.DeltaVsAmerican;
            var lines = ComparisonCharts.Trend(comparison, TrendMeasure.MedianResponse);

            Assert.Equal(2, lines.Count);
            Assert.InRange(lines[0].Points.Count, 1, ComparisonCharts.TrendWeeks);
            Assert.Equal(comparison.Weekly.Max(w => w.Week), lines[0].Points[^1].Week);
            foreach (var point in lines[0].Points.Where(p => p.Value is not null))
            {
                Assert.Equal(comparison.Weekly.Single(w => w.BrandId == "delta" && w.Week == point.Week).MedianSeconds, point.Value);
            }
        }
    }

    public sealed class Heatmap
    {
        private static readonly ActivityCell[] Cells =
        [
            new("delta", 1, 0, 3, 2, 120),
            new("delta", 7, 23, 10, 0, null),
            new("delta", 3, 12, 1, 1, 7200),
            new("american-airlines", 1, 0, 99, 50, 60),
        ];

        [Fact]
        public void Grid_holds_each_cell_at_weekday_and_hour_and_nothing_else()
        {
            var volume = ActivityHeatmap.Grid(Cells, "delta", medianResponse: false);
            var median = ActivityHeatmap.Grid(Cells, "delta", medianResponse: true);

            Assert.Equal((7, 24), (volume.GetLength(0), volume.GetLength(1)));
            Assert.Equal(3.0, volume[0, 0]);
            Assert.Equal(10.0, volume[6, 23]);
            Assert.Equal(1.0, volume[2, 12]);
            Assert.Equal(3, volume.Cast<double?>().Count(v => v is not null));
            Assert.Equal(120.0, median[0, 0]);
            Assert.Null(median[6, 23]);
            Assert.Equal(7200.0, median[2, 12]);
        }

        [Fact]
        public void Sample_cells_add_up_to_the_brand_mentions()
        {
            var comparison = Sample.DeltaVsAmerican;
            foreach (var brand in comparison.Brands)
            {
                var grid = ActivityHeatmap.Grid(comparison.Activity, brand.Brand.Id, medianResponse: false);
                Assert.Equal(brand.Metrics.Mentions, (long)grid.Cast<double?>().Sum(v => v ?? 0));
            }
        }

        [Theory]
        [InlineData(false, "3")]
        [InlineData(true, "2m")]
        public void Is_an_svg_of_168_cells_with_values_written_in_them(bool medianResponse, string firstCell)
        {
            var root = XElement.Parse(ActivityHeatmap.Render(ActivityHeatmap.Grid(Cells, "delta", medianResponse), "Delta", medianResponse, "heat").Svg);

            Assert.Equal(("800", "300"), ((string?)root.Attribute("width"), (string?)root.Attribute("height")));
            Assert.Empty(root.Descendants(Svg + "image"));
            var texts = root.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
            Assert.Contains(firstCell, texts);
            Assert.Contains("Mon", texts);
            Assert.Contains(ActivityHeatmap.Title("Delta", medianResponse), texts);
            Assert.True(root.Descendants(Svg + "path").Count() + root.Descendants(Svg + "rect").Count() >= 168, "fewer shapes than cells");
        }

        [Theory]
        [InlineData(45, "45s")]
        [InlineData(600, "10m")]
        [InlineData(7200, "2h")]
        [InlineData(259200, "3d")]
        public void Writes_medians_as_compact_durations(double seconds, string expected) =>
            Assert.Equal(expected, ActivityHeatmap.CellText(seconds, medianResponse: true));
    }
}
