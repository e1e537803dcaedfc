using Benchmarking.Engine.History;
namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// One brand's headline figures in one ISO week (mentions by mention time in the week; methodology definitions, as the
/// brand metrics of an evaluation of that week alone).
/// </summary>
/// <param name="BrandId">Registry id.</param>
/// <param name="Week">The week.</param>
/// <param name="Mentions">Inbound mentions in the week.</param>
/// <param name="Answered">Of them, answered within the answer window.</param>
/// <param name="Pending">Of them, pending at the as-of time.</param>
/// <param name="ResponseRate">Answered / decided; null when none is decided.</param>
/// <param name="MedianSeconds">Median first-response time of the answered ones (continuous quantile); null when none.</param>
public sealed record WeeklyFigures(string BrandId, IsoWeek Week, long Mentions, long Answered, long Pending, double? ResponseRate, double? MedianSeconds)
{
    /// <summary>Mentions that are decided (answered or unanswered).</summary>
    public long Decided => Mentions - Pending;
}
