using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;

namespace Benchmarking.Engine.Metrics;

/// <summary>
/// The business clock over the mention facts (methodology v4): each mention's outcome re-measured in the brand's support
/// hours and time zone (<see cref="SupportHours.BusinessTime"/>), and whether it was posted out of hours.
/// </summary>
/// <remarks>
/// Only brands with declared hours are read: for a brand open 24/7 the business clock is the wall clock, so its wall
/// outcomes are used as they are (the figures are equal to the bit, not merely to rounding). The outcome observed is,
/// as on the wall clock (§3a): an answered mention's first response; an unanswered one's answer window W; a pending one's
/// age at the as-of time — each measured as business time from the mention. Statuses do not change: the answer window is
/// wall time. Run after the mention facts are built.
/// </remarks>
internal static class BusinessClock
{
    /// <summary>Business-clock outcomes and out-of-hours counts of every brand in the facts that is not open 24/7.</summary>
    public static Dictionary<string, (OutcomeSample Outcomes, OutOfHoursMentions OutOfHours)> Compute(Warehouse warehouse, BrandRegistry registry, MetricsOptions options, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(registry);
        var result = new Dictionary<string, (OutcomeSample, OutOfHoursMentions)>(StringComparer.Ordinal);
        var brands = registry.Brands.Where(b => !b.IsAlwaysOpen).ToDictionary(b => b.Id, StringComparer.Ordinal);
        if (brands.Count == 0)
        {
            return result;
        }

        var window = options.AnswerWindow;
        var asOfUtc = new DateTimeOffset(DateTime.SpecifyKind(asOf, DateTimeKind.Utc));
        using var command = warehouse.Connection.CreateCommand();
        // Registry ids are [a-z0-9-] (validated), so they can be written into the statement as literals.
        command.CommandText = $"""
            SELECT brand_id, platform, created_at, first_reply_at, status FROM mention_facts
            WHERE brand_id IN ({string.Join(", ", brands.Keys.Order(StringComparer.Ordinal).Select(id => $"'{id}'"))})
            ORDER BY brand_id
            """;
        using var reader = command.ExecuteReader();
        string? current = null;
        var outcomes = new List<MentionOutcome>();
        long outMentions = 0, outAnswered = 0, outDecided = 0;
        void Flush()
        {
            if (current is not null)
            {
                result[current] = (OutcomeSample.From(outcomes), new OutOfHoursMentions(outMentions, outAnswered, outDecided));
            }

            outcomes.Clear();
            outMentions = outAnswered = outDecided = 0;
        }

        while (reader.Read())
        {
            var brandId = reader.GetString(0);
            if (brandId != current)
            {
                Flush();
                current = brandId;
            }

            var brand = brands[brandId];
            var hours = PlatformNames.TryParse(reader.GetString(1), out var platform) ? brand.HoursOn(platform) : brand.Hours;
            var created = Utc(reader.GetDateTime(2));
            var status = reader.GetString(4);
            double Business(DateTimeOffset end) => Math.Round(hours.BusinessTime(created, end, brand.TimeZone).TotalMilliseconds) / 1000.0;
            var outcome = status switch
            {
                "answered" => MentionOutcome.Answer(Business(Utc(reader.GetDateTime(3)))),
                "unanswered" => MentionOutcome.NoAnswer(Business(created + window)),
                _ => MentionOutcome.StillPending(Business(asOfUtc)),
            };
            outcomes.Add(outcome);
            if (!hours.IsOpen(created, brand.TimeZone))
            {
                outMentions++;
                outAnswered += outcome.Status == MentionStatus.Answered ? 1 : 0;
                outDecided += outcome.Status == MentionStatus.Pending ? 0 : 1;
            }
        }

        Flush();
        return result;
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
