namespace Benchmarking.Engine.Inference;

/// <summary>A closed interval [<see cref="Lower"/>, <see cref="Upper"/>] in the unit of the estimate it belongs to.</summary>
/// <remarks>The coverage and construction method are stated by the producer (every producer in this folder gives 95%).</remarks>
public readonly record struct ConfidenceInterval
{
    /// <summary>Creates the interval; both ends must be numbers and <paramref name="lower"/> ≤ <paramref name="upper"/>.</summary>
    public ConfidenceInterval(double lower, double upper)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper) || lower > upper)
        {
            throw new ArgumentException($"The lower end ({lower}) must be a number not greater than the upper end ({upper}).", nameof(lower));
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>Lower end (inclusive).</summary>
    public double Lower { get; }

    /// <summary>Upper end (inclusive).</summary>
    public double Upper { get; }

    /// <summary>True when <paramref name="value"/> lies within the closed interval.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
