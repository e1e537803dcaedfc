using Benchmarking.Engine.History;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// The earlier periods of a week's scorecards, the trailing weeks pooled and the week before: each one found in the
/// evaluation cache (<see cref="Found"/>), or else evaluated — in the background on a second handle of the store,
/// beside the week's own work, for the periods given to the background, otherwise on the caller's handle when first
/// asked for. Either way a period's result is the one <see cref="WeeklyEvaluator.EvaluateWeeks"/> gives. Disposing
/// waits for the background work, so nothing reads the store after its owner closed it.
/// </summary>
internal sealed class EarlierPeriods : IDisposable
{
    private readonly Dictionary<(IsoWeek First, IsoWeek Last), BenchmarkResult> found = [];
    private readonly Dictionary<(IsoWeek First, IsoWeek Last), BenchmarkResult> computed = [];
    private readonly HashSet<(IsoWeek First, IsoWeek Last)> handedOut = [];
    private readonly IReadOnlyList<(IsoWeek First, IsoWeek Last)> inBackground;
    private readonly Func<IsoWeek, IsoWeek, BenchmarkResult> evaluate;
    private readonly Task<List<BenchmarkResult>>? background;

    /// <param name="inBackground">The periods the background evaluates, in the order they are needed (empty without a background).</param>
    /// <param name="evaluate">Evaluates a period on the caller's handle.</param>
    /// <param name="background">Evaluates the periods given to it in order, on a handle of its own; started now. Null: none.</param>
    public EarlierPeriods(
        IReadOnlyList<(IsoWeek First, IsoWeek Last)> inBackground,
        Func<IsoWeek, IsoWeek, BenchmarkResult> evaluate,
        Func<IReadOnlyList<(IsoWeek First, IsoWeek Last)>, List<BenchmarkResult>>? background)
    {
        this.evaluate = evaluate;
        this.inBackground = background is null ? [] : inBackground;
        if (background is not null && inBackground.Count > 0)
        {
            this.background = Blocking.Start(() => background(inBackground));
        }
    }

    /// <summary>Records the result of a period found in the evaluation cache (so it is not evaluated when asked for).</summary>
    public void Found(IsoWeek first, IsoWeek last, BenchmarkResult result) => found[(first, last)] = result;

    /// <summary>
    /// The result of the weeks <paramref name="first"/> to <paramref name="last"/>, and whether it was evaluated now rather
    /// than found in the cache, the first time it is asked for (then the caller keeps it there).
    /// </summary>
    public (BenchmarkResult Result, bool Evaluated) Of(IsoWeek first, IsoWeek last)
    {
        var period = (first, last);
        if (found.TryGetValue(period, out var cached))
        {
            return (cached, false);
        }

        if (!computed.TryGetValue(period, out var result))
        {
            if (background is not null && inBackground.Contains(period))
            {
                var results = background.GetAwaiter().GetResult();
                for (var i = 0; i < inBackground.Count; i++)
                {
                    computed[inBackground[i]] = results[i];
                }

                result = computed[period];
            }
            else
            {
                computed[period] = result = evaluate(first, last);
            }
        }

        return (result, handedOut.Add(period));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (background is not null)
        {
            // The result, or the failure, is observed by Of where it matters; here only the end of the work is awaited.
            Task.WaitAny(background);
        }
    }
}
