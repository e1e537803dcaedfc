namespace Benchmarking.Engine.Inference;

/// <summary>
/// A Kaplan–Meier curve of time to first response (see <see cref="KaplanMeier"/>): S(t), the estimated share of mentions
/// still unanswered t seconds after they were posted, and the share answered within t, 1 − S(t).
/// </summary>
/// <remarks>
/// <para><b>Standard error</b> (Greenwood): Var S(t) = S(t)² Σ_{tᵢ ≤ t} dᵢ / (nᵢ(nᵢ − dᵢ)). It is 0 before the first
/// answer (S = 1) and once S = 0 (everyone still at risk was answered).</para>
/// <para><b>95% interval</b> (log-log, Kalbfleisch–Prentice; R's <c>conf.type = "log-log"</c>): with
/// θ = ln(−ln S) and SE(θ) = √(Σ dᵢ / (nᵢ(nᵢ − dᵢ))) ÷ |ln S|, S ranges over [S^exp(z·SE(θ)), S^exp(−z·SE(θ))] with
/// z = Φ⁻¹(0.975); the share answered ranges over 1 minus those ends. The interval stays within [0, 1]. When S = 1 the
/// interval of the share is [0, 0]; when S = 0 it is [1, 1] (degenerate, no information on the spread).</para>
/// <para><b>Beyond the last observed time</b> S stays at its last value. This is an extrapolation when the last
/// observation is censored; compare the time asked with <see cref="LastObservedSeconds"/> (normally W).</para>
/// <para>Times are in seconds; a negative time has share 0.</para>
/// </remarks>
internal sealed class KaplanMeierCurve
{
    private readonly KaplanMeierStep[] steps;

    internal KaplanMeierCurve(IReadOnlyList<KaplanMeierStep> steps, int count, int events)
    {
        this.steps = [.. steps];
        Count = count;
        Events = events;
    }

    /// <summary>The life table: one row per distinct observed time, ascending.</summary>
    public IReadOnlyList<KaplanMeierStep> Steps => steps;

    /// <summary>Number of mentions (answered + unanswered + pending).</summary>
    public int Count { get; }

    /// <summary>Number of events (answered mentions).</summary>
    public int Events { get; }

    /// <summary>Number of censored mentions (unanswered + pending).</summary>
    public int Censored => Count - Events;

    /// <summary>The largest observed time (event or censoring) in seconds; null when there are no mentions.</summary>
    public double? LastObservedSeconds => steps.Length == 0 ? null : steps[^1].Seconds;

    /// <summary>The estimated median time to first response: see <see cref="SecondsToAnswer"/> at 0.5.</summary>
    public double? MedianSeconds => SecondsToAnswer(0.5);

    /// <summary>S(t): estimated share of mentions still unanswered after <paramref name="seconds"/> seconds (1 for t &lt; first event).</summary>
    public double Survival(double seconds) => StepAt(seconds) is { } step ? step.Survival : 1.0;

    /// <summary>1 − S(t): estimated share of mentions first answered within <paramref name="seconds"/> seconds, answers at exactly t included.</summary>
    public double ShareAnsweredWithin(double seconds) => 1.0 - Survival(seconds);

    /// <summary>The share answered within <paramref name="seconds"/> with its Greenwood standard error and log-log 95% interval.</summary>
    public KaplanMeierPoint At(double seconds)
    {
        if (double.IsNaN(seconds))
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), "Seconds must be a number.");
        }

        var step = StepAt(seconds);
        var survival = step?.Survival ?? 1.0;
        var sum = step?.GreenwoodSum ?? 0.0;
        var atRisk = steps.Where(s => s.Seconds >= seconds).Select(s => s.AtRisk).FirstOrDefault();

        if (survival >= 1.0 || survival <= 0.0)
        {
            var share = 1.0 - Math.Clamp(survival, 0.0, 1.0);
            return new KaplanMeierPoint(seconds, share, 0.0, new ConfidenceInterval(share, share), atRisk);
        }

        var standardError = survival * Math.Sqrt(sum);
        var logSurvival = Math.Log(survival);
        var thetaError = Math.Sqrt(sum) / Math.Abs(logSurvival);
        var lowerSurvival = Math.Pow(survival, Math.Exp(StandardNormal.Z95 * thetaError));
        var upperSurvival = Math.Pow(survival, Math.Exp(-StandardNormal.Z95 * thetaError));
        return new KaplanMeierPoint(
            seconds,
            1.0 - survival,
            standardError,
            new ConfidenceInterval(1.0 - upperSurvival, 1.0 - lowerSurvival),
            atRisk);
    }

    /// <summary>
    /// The smallest observed time t with 1 − S(t) ≥ <paramref name="share"/>, i.e. S(t) ≤ 1 − share (within 1e-12, so that
    /// a product that is exactly ½ on paper counts); null when the curve never gets there (too many unanswered mentions).
    /// For share = 0.5 this is the usual Kaplan–Meier median (R averages two times when S is exactly ½ on an interval; we
    /// do not).
    /// </summary>
    public double? SecondsToAnswer(double share)
    {
        if (double.IsNaN(share) || share <= 0 || share > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "The share must be in (0, 1].");
        }

        foreach (var step in steps)
        {
            if (step.Events > 0 && step.Survival <= 1.0 - share + 1e-12)
            {
                return step.Seconds;
            }
        }

        return null;
    }

    private KaplanMeierStep? StepAt(double seconds)
    {
        // Last step with Seconds <= t (right-continuous).
        int lo = 0, hi = steps.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (steps[mid].Seconds <= seconds)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : steps[found];
    }
}
