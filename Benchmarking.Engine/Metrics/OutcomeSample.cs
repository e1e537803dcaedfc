using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Metrics;

/// <summary>
/// One brand's mention outcomes in a compact, immutable form for the Kaplan–Meier estimate and the bootstrap: two
/// parallel arrays (observed seconds, status) sorted by observed seconds ascending, answered before censored at the
/// same time (outcomes equal in both are interchangeable, so no further key is needed for a deterministic order).
/// </summary>
/// <remarks>
/// Observed seconds follow <see cref="MentionOutcome"/>: the response time of an answered mention, the answer window W of
/// an unanswered one, the age at the as-of time of a pending one. Sorted this way, the answered mentions alone are in
/// ascending response time, so quantiles need no further sort, and the Kaplan–Meier product is one pass.
/// </remarks>
public sealed class OutcomeSample
{
    private readonly double[] seconds;
    private readonly MentionStatus[] status;
    private readonly int[] runStarts;
    private readonly double[] runSeconds;
    private readonly MentionStatus[] runStatus;
    private readonly long[] runMilliseconds;

    private OutcomeSample(double[] seconds, MentionStatus[] status)
    {
        this.seconds = seconds;
        this.status = status;
        var head = seconds.Length;
        while (head > 0 && status[head - 1] == MentionStatus.Unanswered && seconds[head - 1] == seconds[^1])
        {
            head--;
        }

        HeadCount = head;
        var starts = new List<int>();
        var whole = true;
        var largest = 0.0;
        for (var i = 0; i < head; i++)
        {
            if (i == 0 || seconds[i] != seconds[i - 1] || status[i] != status[i - 1])
            {
                starts.Add(i);
            }

            whole &= seconds[i] == Math.Floor(seconds[i]);
            largest = Math.Max(largest, seconds[i]);
        }

        starts.Add(head);
        runStarts = [.. starts];
        var runs = runStarts.Length - 1;
        runSeconds = new double[runs];
        runStatus = new MentionStatus[runs];
        runMilliseconds = new long[runs];
        for (var k = 0; k < runs; k++)
        {
            runSeconds[k] = seconds[runStarts[k]];
            runStatus[k] = status[runStarts[k]];
            runMilliseconds[k] = (long)Math.Round(runSeconds[k] * 1000.0);
            LargestRunMilliseconds = Math.Max(LargestRunMilliseconds, runMilliseconds[k]);
        }

        HeadSecondsAreWhole = whole;
        LargestHeadSeconds = largest;
    }

    /// <summary>Mentions in the sample.</summary>
    public int Count => seconds.Length;

    /// <summary>
    /// Mentions before the tail: the tail is the trailing block of unanswered mentions censored at the same (largest)
    /// time, normally the answer window W. Tail mentions are indistinguishable, so a resample only needs to know how many
    /// of its draws fell in the tail.
    /// </summary>
    public int HeadCount { get; }

    /// <summary>Mentions in the tail (see <see cref="HeadCount"/>).</summary>
    public int TailCount => seconds.Length - HeadCount;

    /// <summary>
    /// Where the runs of the head begin: a run is a maximal block of head outcomes with the same observed seconds and
    /// status, so its outcomes are interchangeable; run k is [RunStarts[k], RunStarts[k + 1]) and the last entry is
    /// <see cref="HeadCount"/>. A time with an answer and a censored outcome has at least two runs, the answered first.
    /// </summary>
    public ReadOnlySpan<int> RunStarts => runStarts;

    /// <summary>The observed seconds of each run (<see cref="RunStarts"/>), so that a pass over the runs reads one contiguous array.</summary>
    public ReadOnlySpan<double> RunSeconds => runSeconds;

    /// <summary>The status of each run (<see cref="RunStarts"/>).</summary>
    public ReadOnlySpan<MentionStatus> RunStatus => runStatus;

    /// <summary>
    /// The observed time of each run in whole milliseconds, <c>(long)Math.Round(seconds × 1000)</c>: the unit of the
    /// exact integer sums behind the mean and variance (observed times are whole milliseconds, see <see cref="MentionOutcomes"/>).
    /// </summary>
    public ReadOnlySpan<long> RunMilliseconds => runMilliseconds;

    /// <summary>The largest of <see cref="RunMilliseconds"/>; 0 without runs.</summary>
    public long LargestRunMilliseconds { get; }

    /// <summary>Every head outcome's observed seconds is a whole number (as for second-resolution timestamps).</summary>
    public bool HeadSecondsAreWhole { get; }

    /// <summary>The largest observed seconds in the head; 0 for an empty head.</summary>
    public double LargestHeadSeconds { get; }

    /// <summary>Observed seconds of each mention, ascending.</summary>
    public ReadOnlySpan<double> Seconds => seconds;

    /// <summary>Status of each mention, parallel to <see cref="Seconds"/>.</summary>
    public ReadOnlySpan<MentionStatus> Status => status;

    /// <summary>The empty sample.</summary>
    public static OutcomeSample Empty { get; } = new([], []);

    /// <summary>Sorts outcomes into a sample (stable: equal keys keep their order).</summary>
    /// <exception cref="ArgumentException">An outcome is <c>default(MentionOutcome)</c>.</exception>
    public static OutcomeSample From(IReadOnlyList<MentionOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var order = new int[outcomes.Count];
        for (var i = 0; i < order.Length; i++)
        {
            MentionOutcome.CheckDefined(outcomes[i], i, nameof(outcomes));
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byTime = outcomes[a].ObservedSeconds.CompareTo(outcomes[b].ObservedSeconds);
            if (byTime != 0)
            {
                return byTime;
            }

            var byEvent = (outcomes[a].IsEvent ? 0 : 1).CompareTo(outcomes[b].IsEvent ? 0 : 1);
            return byEvent != 0 ? byEvent : a.CompareTo(b);
        });
        return new OutcomeSample(
            order.Select(i => outcomes[i].ObservedSeconds).ToArray(),
            order.Select(i => outcomes[i].Status).ToArray());
    }

    /// <summary>
    /// Takes arrays already in sample order (observed seconds ascending, answered first at a tie), as the calculator's
    /// query returns them; the order and every value are checked.
    /// </summary>
    /// <exception cref="ArgumentException">The arrays differ in length, are out of order or hold an invalid value.</exception>
    public static OutcomeSample FromSorted(double[] seconds, MentionStatus[] status)
    {
        ArgumentNullException.ThrowIfNull(seconds);
        ArgumentNullException.ThrowIfNull(status);
        if (seconds.Length != status.Length)
        {
            throw new ArgumentException($"{seconds.Length} times but {status.Length} statuses.", nameof(status));
        }

        for (var i = 0; i < seconds.Length; i++)
        {
            if (!double.IsFinite(seconds[i]) || seconds[i] < 0)
            {
                throw new ArgumentException($"Outcome {i}: observed seconds must be finite and zero or more (was {seconds[i]}).", nameof(seconds));
            }

            if (status[i] is not (MentionStatus.Answered or MentionStatus.Unanswered or MentionStatus.Pending))
            {
                throw new ArgumentException($"Outcome {i} has no valid status ({(int)status[i]}).", nameof(status));
            }

            if (i > 0 && (seconds[i] < seconds[i - 1]
                || (seconds[i] == seconds[i - 1] && status[i] == MentionStatus.Answered && status[i - 1] != MentionStatus.Answered)))
            {
                throw new ArgumentException($"Outcome {i} is out of order: sort by observed seconds, answered first at a tie.", nameof(seconds));
            }
        }

        return new OutcomeSample(seconds, status);
    }

    /// <summary>The outcomes as <see cref="MentionOutcome"/> values, in sample order (for the log-rank test).</summary>
    public MentionOutcome[] ToOutcomes()
    {
        var outcomes = new MentionOutcome[seconds.Length];
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = status[i] switch
            {
                MentionStatus.Answered => MentionOutcome.Answer(seconds[i]),
                MentionStatus.Unanswered => MentionOutcome.NoAnswer(seconds[i]),
                _ => MentionOutcome.StillPending(seconds[i]),
            };
        }

        return outcomes;
    }

    /// <summary>First-response times of the answered mentions, ascending.</summary>
    public double[] AnsweredSeconds()
    {
        var list = new List<double>();
        for (var i = 0; i < seconds.Length; i++)
        {
            if (status[i] == MentionStatus.Answered)
            {
                list.Add(seconds[i]);
            }
        }

        return [.. list];
    }
}
