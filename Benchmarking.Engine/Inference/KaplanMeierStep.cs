namespace Benchmarking.Engine.Inference;

/// <summary>
/// One row of the Kaplan–Meier life table: a distinct observed time (an event, a censoring or both) and the estimate
/// just after it.
/// </summary>
/// <param name="Seconds">The distinct observed time, in seconds.</param>
/// <param name="AtRisk">nᵢ: mentions still unanswered and watched at this time (observed time ≥ <paramref name="Seconds"/>),
/// including those censored at exactly this time (events come before censorings at a tie).</param>
/// <param name="Events">dᵢ: mentions first answered at exactly this time.</param>
/// <param name="Censored">Unanswered or pending mentions censored at exactly this time.</param>
/// <param name="Survival">S(t) for t in [Seconds, next time): the estimated share still unanswered.</param>
/// <param name="GreenwoodSum">Σ dⱼ / (nⱼ(nⱼ − dⱼ)) over event times up to this one (Var S = S² × sum); positive infinity
/// once every remaining mention has been answered (S = 0).</param>
internal readonly record struct KaplanMeierStep(double Seconds, int AtRisk, int Events, int Censored, double Survival, double GreenwoodSum);
