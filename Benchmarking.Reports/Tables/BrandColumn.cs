using Benchmarking.Engine.Ranking;

namespace Benchmarking.Reports.Tables;

/// <summary>
/// One column of a table with a row per brand: its heading, its cell and whether it holds figures. Tables are lists of
/// these, so another figure is one more entry (see <see cref="LeaderboardTables.HeadlineColumns"/>).
/// </summary>
/// <param name="Header">Column heading.</param>
/// <param name="Cell">The brand's cell, already formatted.</param>
/// <param name="RightAligned">Whether the column holds figures.</param>
internal sealed record BrandColumn(string Header, Func<RankedBrand, string> Cell, bool RightAligned = true)
{
    /// <summary>A table of <paramref name="brands"/> with these <paramref name="columns"/>.</summary>
    public static TextTable Table(IReadOnlyList<BrandColumn> columns, IEnumerable<RankedBrand> brands)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(brands);
        return new TextTable(
            columns.Select(c => c.Header).ToList(),
            brands.Select(b => (IReadOnlyList<string>)columns.Select(c => c.Cell(b)).ToList()).ToList(),
            columns.Select(c => c.RightAligned).ToList());
    }
}
