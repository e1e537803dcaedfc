using System.Xml.Linq;
using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Charts;

public sealed class ChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public sealed class EcdfChartSvg
    {
        [Fact]
        public void Is_a_non_empty_svg_of_the_declared_size()
        {
            var chart = EcdfChart.Render(EcdfChart.SeriesOf(Some.Comparison()), TimeSpan.FromHours(72));

            var root = XElement.Parse(chart.Svg);
            Assert.Equal(Svg + "svg", root.Name);
            Assert.Equal("800", (string?)root.Attribute("width"));
            Assert.Equal("450", (string?)root.Attribute("height"));
            Assert.Equal("0 0 800 450", (string?)root.Attribute("viewBox"));
            Assert.True(root.Descendants(Svg + "path").Count() > 10, "the chart draws nothing");
            Assert.Contains(root.Descendants(Svg + "text"), t => t.Value.Trim() == "Delta (n = 9)");
        }

        [Fact]
        public void Is_identical_when_rendered_twice_in_one_process()
        {
            // Skia numbers clip paths from a process-wide counter; ChartSvg renumbers them.
            var series = EcdfChart.SeriesOf(Some.Comparison());
            var first = EcdfChart.Render(series, TimeSpan.FromHours(72)).Svg;
            var second = EcdfChart.Render(series, TimeSpan.FromHours(72)).Svg;

            Assert.Equal(first, second);
            Assert.Contains("id=\"ecdf-1\"", first, StringComparison.Ordinal);
            Assert.Contains("url(#ecdf-1)", first, StringComparison.Ordinal);
        }

        [Fact]
        public void Labels_the_log_time_axis_in_durations()
        {
            var (low, high) = EcdfChart.AxisRange(EcdfChart.SeriesOf(Some.Comparison()), TimeSpan.FromHours(72));

            var ticks = EcdfChart.TimeTicks(low, high);

            Assert.Equal(["10 s", "1 min", "5 min", "15 min", "1 h", "6 h", "24 h", "72 h"], ticks.Select(t => t.Label));
            Assert.Equal(Math.Log10(3600), ticks.Single(t => t.Label == "1 h").Position, 12);
        }

        [Fact]
        public void Escapes_brand_names_in_the_legend()
        {
            var chart = EcdfChart.Render(EcdfChart.SeriesOf(Some.Comparison(hostile: true)), TimeSpan.FromHours(72));

            Assert.DoesNotContain("<script", chart.Svg, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", chart.Svg, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", chart.Svg, StringComparison.Ordinal);
            var legend = XElement.Parse(chart.Svg).Descendants(Svg + "text").Select(t => t.Value.Trim());
            Assert.Contains(Some.Hostile("delta-name") + " (n = 9)", legend);
        }
    }

    public sealed class AxisRange
    {
        [Fact]
        public void Spans_from_a_tick_at_or_below_one_minute_to_a_tick_at_or_above_the_answer_window()
        {
            var range = EcdfChart.AxisRange([new EcdfChart.Series("a", [300, 4000])], TimeSpan.FromHours(72));
            Assert.Equal((60.0, 259200.0), range);
        }

        [Fact]
        public void Reaches_the_slowest_time_beyond_the_answer_window()
        {
            var range = EcdfChart.AxisRange([new EcdfChart.Series("a", [0, 400000])], TimeSpan.FromHours(72));
            Assert.Equal((1.0, 604800.0), range);
        }
    }

    public sealed class ComponentBars
    {
        [Fact]
        public void Groups_bars_by_component_with_brands_side_by_side()
        {
            var bars = ComponentScoreChart.Bars(Some.Comparison().Brands, out var names, out var width);

            Assert.Equal(["Responsiveness", "Speed", "Consistency"], names);
            Assert.Equal(0.4, width, 12);
            Assert.Equal(
                [(0, -0.2, 59.3, 0), (0, 0.2, 44.9, 1), (1, 0.8, 71.2, 0), (1, 1.2, 52.5, 1), (2, 1.8, 55.0, 0), (2, 2.2, 30.0, 1)],
                bars.Select(b => (b.Component, Math.Round(b.Position, 9), b.Score, b.Brand)));
        }

        [Theory]
        [InlineData("Responsiveness", "Responsiveness")]
        [InlineData("Same-channel resolution", "Same-channel\nresolution")]
        [InlineData("SLA attainment", "SLA\nattainment")]
        public void Two_word_component_names_take_two_lines_so_neighbouring_labels_never_overlap(string name, string label)
        {
            // "Originality" and "Same-channel resolution" ran into each other under their bars on one line.
            Assert.Equal(label, ComponentScoreChart.TickLabel(name));
        }

        [Fact]
        public void Render_declares_its_size()
        {
            var root = XElement.Parse(ComponentScoreChart.Render(Some.Comparison().Brands).Svg);
            Assert.Equal("800", (string?)root.Attribute("width"));
            Assert.Equal("400", (string?)root.Attribute("height"));
        }
    }

    public sealed class ScoreBars
    {
        [Fact]
        public void Puts_rank_one_on_top_with_its_score_interval_and_tie_mark()
        {
            var bars = ScoreBarChart.Bars(Some.Result().Leaderboards[0]);

            Assert.Equal(
                [(1.0, 63.2, "= Delta · 63.2", 58.1, 68.0), (0.0, 44.96, "= American Airlines · 45.0", 40.2, 59.0)],
                bars.Select(b => (b.Position, Math.Round(b.Score, 9), b.Label, b.Low, b.High)));
        }

        [Fact]
        public void Has_no_interval_or_tie_mark_without_inference()
        {
            var bars = ScoreBarChart.Bars(Some.Result(inference: false).Leaderboards[0]);

            Assert.Equal([("Delta · 63.2", null, null), ("American Airlines · 45.0", null, null)], bars.Select(b => (b.Label, b.Low, b.High)));
        }

        [Fact]
        public void Draws_a_whisker_per_interval()
        {
            // The whiskers are one stroked path: per bar a line from the lower to the upper end and a cap at each end.
            var root = XElement.Parse(ScoreBarChart.Render(Some.Result().Leaderboards[0]).Svg);
            var plain = XElement.Parse(ScoreBarChart.Render(Some.Result(inference: false).Leaderboards[0]).Svg);

            Assert.Equal("800", (string?)root.Attribute("width"));
            var whiskers = Assert.Single(Whiskers(root));
            Assert.Equal(2 * 3, ((string?)whiskers.Attribute("d") ?? string.Empty).Count(c => c == 'M'));
            Assert.Empty(Whiskers(plain));
            Assert.Contains(root.Descendants(Svg + "text"), t => t.Value.Trim() == "= Delta · 63.2");
        }

        [Fact]
        public void The_score_axis_ends_at_100_and_each_label_carries_its_score()
        {
            // The axis once ran to about 110 to make room for value labels after the whiskers.
            var board = Some.Result().Leaderboards[0];
            var plot = ScoreBarChart.Build(board);

            Assert.Equal(100, plot.Axes.GetLimits().Right);
            Assert.Equal(["= Delta · 63.2", "= American Airlines · 45.0"], ScoreBarChart.Bars(board).Select(b => b.Label));
        }

        private static IEnumerable<XElement> Whiskers(XElement svg) =>
            svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("stroke-width") == "1.5");

        [Fact]
        public void Accepts_drawing_markup_with_local_clip_paths()
        {
            ChartSvg.Check("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"><clipPath id=\"c-1\"><rect width=\"1\" height=\"1\"/></clipPath><g clip-path=\"url(#c-1)\"><text>&lt;b&gt;</text></g></svg>");
        }
    }

    public sealed class Normalize
    {
        [Fact]
        public void Renames_ids_in_order_of_appearance_and_updates_references()
        {
            const string raw = "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<svg width=\"4\" height=\"3\"><clipPath id=\"cl_9\"/><g clip-path=\"url(#cl_9)\"/><clipPath id=\"cl_3\"/><g clip-path=\"url(#cl_3)\"/></svg>";

            var svg = ChartSvg.Normalize(raw, 4, 3, "x");

            Assert.Equal("<svg viewBox=\"0 0 4 3\" role=\"img\" width=\"4\" height=\"3\"><clipPath id=\"x-1\"/><g clip-path=\"url(#x-1)\"/><clipPath id=\"x-2\"/><g clip-path=\"url(#x-2)\"/></svg>", svg);
        }
    }
}
