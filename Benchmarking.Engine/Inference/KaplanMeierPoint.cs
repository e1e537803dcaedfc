namespace Benchmarking.Engine.Inference;

/// <summary>The Kaplan–Meier share answered within a time, with its Greenwood standard error and 95% interval.</summary>
/// <param name="Seconds">The time asked for, in seconds.</param>
/// <param name="ShareAnswered">1 − S(t): estimated share of mentions first answered within t seconds (0–1).</param>
/// <param name="StandardError">Greenwood standard error of S(t), which is also that of 1 − S(t); 0 while S(t) is 1 or 0.</param>
/// <param name="Interval">95% interval of the share answered from the log-log transform (see <see cref="KaplanMeierCurve"/>).</param>
/// <param name="AtRisk">Mentions still unanswered and watched at t (observed time ≥ t): the evidence left at t.</param>
internal readonly record struct KaplanMeierPoint(double Seconds, double ShareAnswered, double StandardError, ConfidenceInterval Interval, int AtRisk);
