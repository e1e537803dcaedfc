namespace Benchmarking.Reports.Tables;

/// <summary>
/// The lower quartile, median and upper quartile of a set of values, by linear interpolation between order statistics
/// (Hyndman and Fan type 7, the default of R and of spreadsheets: the p-quantile of n sorted values sits at position
/// (n − 1)·p, zero-based).
/// </summary>
/// <param name="Lower">The 25th percentile.</param>
/// <param name="Median">The 50th percentile.</param>
/// <param name="Upper">The 75th percentile.</param>
internal readonly record struct Quartiles(double Lower, double Median, double Upper)
{
    /// <summary>The quartiles of <paramref name="values"/>; null when there are none.</summary>
    public static Quartiles? Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        return sorted.Length == 0 ? null : new Quartiles(At(sorted, 0.25), At(sorted, 0.5), At(sorted, 0.75));
    }

    private static double At(double[] sorted, double p)
    {
        var position = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
