using Benchmarking.Engine.History;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// The data fingerprints (<see cref="EvaluationCache"/>) of the ISO weeks from <paramref name="first"/> to
/// <paramref name="last"/>, by the week's Monday; a week without posts has none.
/// </summary>
internal sealed class WeekFingerprints(IsoWeek first, IsoWeek last, IReadOnlyDictionary<DateTimeOffset, string> weeks)
{
    /// <summary>The fingerprint of the weeks <paramref name="from"/> to <paramref name="to"/>: each week's, in order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The weeks are not all among those fingerprinted.</exception>
    public string Of(IsoWeek from, IsoWeek to)
    {
        if (from < first || to > last)
        {
            throw new ArgumentOutOfRangeException(nameof(from), $"{from} to {to} is not within the fingerprinted weeks {first} to {last}.");
        }

        return string.Join(';', IsoWeek.Range(from, to).Select(w => $"{w}={weeks.GetValueOrDefault(w.Start) ?? "-"}"));
    }
}
