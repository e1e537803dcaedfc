using Benchmarking.Engine.Pipeline;

namespace Benchmarking.Reports.Tables;

/// <summary>Report titles, the same in HTML and Markdown.</summary>
internal static class ReportTitles
{
    /// <summary>Title of the run summary.</summary>
    public const string Summary = "CareBench run summary";

    /// <summary>E.g. <c>Customer care comparison: Delta vs American Airlines</c>.</summary>
    public static string Comparison(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return "Customer care comparison: " + string.Join(" vs ", comparison.Brands.Select(b => b.Brand.Name));
    }

    /// <summary>E.g. <c>Customer care leaderboard: Airlines</c>.</summary>
    public static string Leaderboard(string industry) => "Customer care leaderboard: " + industry;
}
