using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Tests.Metrics;

public sealed class MentionOutcomeTests
{
    [Fact]
    public void Factories_set_status_response_and_censoring_time()
    {
        Assert.Equal((MentionStatus.Answered, (double?)90.0, 90.0, true), Parts(MentionOutcome.Answer(90)));
        Assert.Equal((MentionStatus.Unanswered, (double?)null, 259200.0, false), Parts(MentionOutcome.NoAnswer(259200)));
        Assert.Equal((MentionStatus.Pending, (double?)null, 3600.0, false), Parts(MentionOutcome.StillPending(3600)));
    }

    [Fact]
    public void The_constructor_rejects_inconsistent_outcomes()
    {
        Assert.Throws<ArgumentException>(() => new MentionOutcome(MentionStatus.Answered, null, 10));
        Assert.Throws<ArgumentException>(() => new MentionOutcome(MentionStatus.Answered, 5, 10));
        Assert.Throws<ArgumentException>(() => new MentionOutcome(MentionStatus.Unanswered, 5, 10));
        Assert.Throws<ArgumentException>(() => new MentionOutcome(MentionStatus.Pending, 5, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => MentionOutcome.Answer(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MentionOutcome.NoAnswer(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => MentionOutcome.StillPending(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MentionOutcome((MentionStatus)0, null, 1));
    }

    [Fact]
    public void Estimators_reject_a_default_outcome()
    {
        var error = Assert.Throws<ArgumentException>(() => KaplanMeier.Estimate([MentionOutcome.Answer(1), default]));
        Assert.Contains("Outcome 1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => LogRankTest.Test([default], [MentionOutcome.Answer(1)]));
    }

    private static (MentionStatus, double?, double, bool) Parts(MentionOutcome o) => (o.Status, o.ResponseSeconds, o.ObservedSeconds, o.IsEvent);
}
