using System.Globalization;

namespace Benchmarking.Engine.Simulation;

/// <summary>
/// The ground-truth CSV written next to a simulated file (<c>generated.truth.csv</c>): one row per brand, ordered by
/// brand id, invariant culture, <c>\n</c> line ends. Dirt rows are extra rows and are not in any count.
/// </summary>
/// <remarks>
/// Columns:
/// <list type="table">
/// <item><term>brand_id, handle, name, industry</term><description>as in the generated registry</description></item>
/// <item><term>response_rate</term><description>true probability a mention is answered within the window</description></item>
/// <item><term>mu, sigma</term><description>log-normal first-response parameters, natural-log seconds</description></item>
/// <item><term>median_seconds</term><description>exp(mu), the untruncated log-normal median</description></item>
/// <item><term>answered_median_seconds</term><description>median of the generated (window-truncated) response times: what the engine's median estimates</description></item>
/// <item><term>mention_weight</term><description>share of conversations addressed to the brand</description></item>
/// <item><term>sign_off_share</term><description>share of replies ending with an agent sign-off (^AB)</description></item>
/// <item><term>window_hours</term><description>the answer window the counts use (72 by default)</description></item>
/// <item><term>mentions, follow_ups</term><description>customer mentions of the brand generated (follow-ups included) and of them follow-ups</description></item>
/// <item><term>answered, unanswered, pending</term><description>within the window / not (late replies included) / always 0</description></item>
/// <item><term>late_replies</term><description>mentions replied to only after the window</description></item>
/// <item><term>sample_response_rate</term><description>answered ÷ mentions: the engine's response rate exactly</description></item>
/// <item><term>brand_posts</term><description>all posts by the brand (replies and its closing post)</description></item>
/// <item><term>incident_days</term><description>days with a volume burst for the brand</description></item>
/// </list>
/// </remarks>
internal static class TruthFile
{
    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "brand_id", "handle", "name", "industry", "response_rate", "mu", "sigma", "median_seconds", "answered_median_seconds",
        "mention_weight", "sign_off_share", "window_hours", "mentions", "follow_ups", "answered", "unanswered", "pending",
        "late_replies", "sample_response_rate", "brand_posts", "incident_days",
    ];

    /// <summary>Writes the header and one row per brand.</summary>
    public static void Write(TextWriter writer, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var window = result.Options.AnswerWindow;
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        foreach (var t in result.Truth)
        {
            var b = t.Brand;
            var fields = new[]
            {
                b.Id, b.Handle, b.Name, b.Industry, Number(b.ResponseRate), Number(b.Mu), Number(b.Sigma), Number(b.MedianSeconds),
                Number(b.AnsweredMedianSeconds(window)), Number(b.MentionWeight), Number(b.SignOffShare), Number(window.TotalHours),
                Count(t.Mentions), Count(t.FollowUps), Count(t.Answered), Count(t.Unanswered), "0", Count(t.LateReplies),
                t.SampleResponseRate is { } rate ? Number(rate) : string.Empty, Count(t.BrandPosts), Count(t.IncidentDays),
            };
            writer.Write(string.Join(',', fields));
            writer.Write('\n');
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
