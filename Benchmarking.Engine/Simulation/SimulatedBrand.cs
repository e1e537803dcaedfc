using MathNet.Numerics.Distributions;

namespace Benchmarking.Engine.Simulation;

/// <summary>
/// One simulated brand and its true care parameters, from which its posts are drawn.
/// </summary>
/// <param name="Id">Registry id, <c>sim-…</c>.</param>
/// <param name="Handle">Twitter handle without <c>@</c>, <c>Sim…</c>: never one of a real brand.</param>
/// <param name="Name">Display name.</param>
/// <param name="Industry">Industry the brand is ranked in.</param>
/// <param name="ResponseRate">True probability that a mention is answered within the answer window (0–1).</param>
/// <param name="Mu">Log-normal location of the first-response time, in natural-log seconds: the median is exp(Mu).</param>
/// <param name="Sigma">Log-normal scale of the first-response time, in natural-log seconds.</param>
/// <param name="MentionWeight">Share of all conversations addressed to the brand (the weights sum to 1).</param>
/// <param name="SignOffShare">Share of the brand's replies that end with an agent sign-off such as <c>^AB</c>.</param>
public sealed record SimulatedBrand(
    string Id,
    string Handle,
    string Name,
    string Industry,
    double ResponseRate,
    double Mu,
    double Sigma,
    double MentionWeight,
    double SignOffShare)
{
    /// <summary>Median of the untruncated log-normal response time, exp(Mu), in seconds.</summary>
    public double MedianSeconds => Math.Exp(Mu);

    /// <summary>
    /// Median of the response times actually generated for answered mentions: the log-normal truncated at the answer
    /// window <paramref name="window"/>, i.e. exp(Mu + Sigma·Φ⁻¹(Φ(z)/2)) with z = (ln W − Mu)/Sigma. This is what the
    /// engine's first-response median estimates.
    /// </summary>
    public double AnsweredMedianSeconds(TimeSpan window) => Math.Exp(Mu + (Sigma * Normal.InvCDF(0, 1, WindowProbability(window) / 2)));

    /// <summary>Probability that an untruncated log-normal response time is within <paramref name="window"/>.</summary>
    public double WindowProbability(TimeSpan window) => Normal.CDF(0, 1, (Math.Log(window.TotalSeconds) - Mu) / Sigma);

    /// <summary>
    /// The truncated response-time distribution function: the probability that an answered mention's response time is at
    /// most <paramref name="seconds"/>.
    /// </summary>
    public double AnsweredCdf(double seconds, TimeSpan window) =>
        seconds <= 0 ? 0 : Math.Min(1, Normal.CDF(0, 1, (Math.Log(seconds) - Mu) / Sigma) / WindowProbability(window));
}
