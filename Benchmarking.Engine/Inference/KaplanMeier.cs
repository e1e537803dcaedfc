using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Inference;

/// <summary>
/// Kaplan–Meier (product-limit) estimator of the time to first response, with unanswered and pending mentions as
/// right-censored observations.
/// </summary>
/// <remarks>
/// <para>For the distinct observed times t₁ &lt; t₂ &lt; …, with nᵢ mentions at risk (observed time ≥ tᵢ) and dᵢ first
/// answered at tᵢ: S(t) = ∏_{tᵢ ≤ t} (1 − dᵢ/nᵢ), the estimated share of mentions still unanswered after t seconds. S is a
/// right-continuous step function, so an answer at exactly t counts as answered within t.</para>
/// <para>Ties: at a time with both events and censorings the events come first, so a mention censored at tᵢ is still at
/// risk at tᵢ (the standard convention; e.g. R's <c>survfit</c>). In particular unanswered mentions, censored at W, stay
/// at risk for answers at exactly W.</para>
/// <para>Answered = event at <see cref="MentionOutcome.ResponseSeconds"/>; unanswered = censored at W; pending =
/// censored at its age. With no pending mentions and every answer at most W, 1 − S(W) equals the response rate
/// Answered ÷ Decided; pending mentions, which the response rate excludes, contribute here for as long as they were watched.</para>
/// </remarks>
internal static class KaplanMeier
{
    /// <summary>Estimates the curve from one brand's (or any group's) mention outcomes; order does not matter.</summary>
    /// <exception cref="ArgumentException">An outcome is <c>default(MentionOutcome)</c>.</exception>
    public static KaplanMeierCurve Estimate(IReadOnlyList<MentionOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        for (var i = 0; i < outcomes.Count; i++)
        {
            MentionOutcome.CheckDefined(outcomes[i], i, nameof(outcomes));
        }

        // All of a time's events and censorings are counted together, with everyone observed at that time still at risk
        // (events before censorings), so the order within a time does not matter.
        var sorted = outcomes.OrderBy(o => o.ObservedSeconds).ToArray();
        var steps = new List<KaplanMeierStep>();
        var atRisk = sorted.Length;
        var survival = 1.0;
        var greenwood = 0.0;
        var events = 0;
        for (var i = 0; i < sorted.Length;)
        {
            var time = sorted[i].ObservedSeconds;
            int d = 0, c = 0;
            for (; i < sorted.Length && sorted[i].ObservedSeconds == time; i++)
            {
                if (sorted[i].IsEvent)
                {
                    d++;
                }
                else
                {
                    c++;
                }
            }

            if (d > 0)
            {
                survival *= 1.0 - (double)d / atRisk;
                greenwood = d == atRisk ? double.PositiveInfinity : greenwood + (double)d / ((double)atRisk * (atRisk - d));
                if (d == atRisk)
                {
                    survival = 0.0;
                }
            }

            steps.Add(new KaplanMeierStep(time, atRisk, d, c, survival, greenwood));
            events += d;
            atRisk -= d + c;
        }

        return new KaplanMeierCurve(steps, sorted.Length, events);
    }
}
