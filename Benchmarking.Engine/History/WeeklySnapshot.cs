using System.Globalization;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.History;

/// <summary>
/// One ISO week's metrics, scores and ranks for every brand with mentions, as stored by <c>carebench weekly</c>
/// (tables <c>weekly_snapshots</c>, <c>weekly_brand_results</c>, <c>weekly_brand_components</c>; see <c>docs/schema.md</c>).
/// Rerunning a week replaces its snapshot as a whole.
/// </summary>
/// <param name="Week">The week; the metric period is [<see cref="IsoWeek.Start"/>, <see cref="IsoWeek.End"/>) by mention time.</param>
/// <param name="ComputedAt">When the snapshot was computed (injected clock), UTC.</param>
/// <param name="MethodologyVersion">Care-score methodology version.</param>
/// <param name="Weights">Component weights, canonical text (<see cref="ScoreOptions.WeightsText"/>).</param>
/// <param name="Normalisation">Score normalisation (<c>absolute</c> or <c>relative</c>).</param>
/// <param name="AnswerWindow">Answer window.</param>
/// <param name="MinimumMentions">Eligibility threshold.</param>
/// <param name="BootstrapResamples">Bootstrap replicates (0: no intervals).</param>
/// <param name="Seed">Bootstrap seed.</param>
/// <param name="FirstMention">Earliest mention in the week; null when none.</param>
/// <param name="LastMention">Latest mention in the week; null when none.</param>
/// <param name="AsOf">The time the data was complete up to when computed (latest stored post unless given).</param>
/// <param name="Accounting">Rows behind the snapshot.</param>
/// <param name="Brands">Every brand with mentions in the week, by industry (ordinal), then rank (unranked last), then id.</param>
public sealed record WeeklySnapshot(
    IsoWeek Week,
    DateTimeOffset ComputedAt,
    string MethodologyVersion,
    string Weights,
    string Normalisation,
    TimeSpan AnswerWindow,
    int MinimumMentions,
    int BootstrapResamples,
    int Seed,
    DateTimeOffset? FirstMention,
    DateTimeOffset? LastMention,
    DateTimeOffset? AsOf,
    SnapshotAccounting Accounting,
    IReadOnlyList<WeeklyBrandResult> Brands)
{
    /// <summary>The response-time clock the scores used, <c>wall</c> or <c>business</c> (methodology v4; <c>wall</c> before).</summary>
    public string Clock { get; init; } = "wall";

    /// <summary>
    /// Everything that makes two weeks' scores comparable: version, weights, normalisation, answer window, minimum
    /// mentions and clock. Week-over-week deltas are only computed between snapshots with the same methodology.
    /// </summary>
    public string Methodology => string.Create(CultureInfo.InvariantCulture,
        $"v{MethodologyVersion}; {Weights}; {Normalisation}; window {AnswerWindow.TotalHours:0.##} h; min {MinimumMentions} mentions; {Clock} clock");

    /// <summary>True when the data did not yet cover the answer window after some mention of the week (pending mentions).</summary>
    public bool HasPending => Accounting.WeekPending > 0;

    /// <summary>Value equality including the brand list (records compare lists by reference).</summary>
    public bool Equals(WeeklySnapshot? other) =>
        other is not null
        && Week == other.Week && ComputedAt == other.ComputedAt && MethodologyVersion == other.MethodologyVersion
        && Weights == other.Weights && Normalisation == other.Normalisation && AnswerWindow == other.AnswerWindow
        && MinimumMentions == other.MinimumMentions && BootstrapResamples == other.BootstrapResamples && Seed == other.Seed
        && FirstMention == other.FirstMention && LastMention == other.LastMention && AsOf == other.AsOf
        && Accounting == other.Accounting && Clock == other.Clock && Brands.SequenceEqual(other.Brands);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Week, ComputedAt, Brands.Count);
}
