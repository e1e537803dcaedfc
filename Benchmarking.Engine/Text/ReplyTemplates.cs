using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Text;

/// <summary>
/// The one production definition of canned and deflecting replies (methodology v3, <c>docs/text-quality.md</c>): a
/// brand's distinct templates are merged into groups by <see cref="NearDuplicates"/>, and a reply is canned when its
/// group has at least <see cref="TextQualityOptions.MinTemplateUses"/> replies. Both the score's counts
/// (<see cref="TextQuality.ReplyCounts"/>, aggregated in DuckDB) and the quality report (<see cref="TextQuality.Compute"/>,
/// from every reply) call it with the same templates in the same order.
/// </summary>
internal static class ReplyTemplates
{
    /// <summary>The group (index of its representative) of every template.</summary>
    /// <param name="templates">A brand's distinct templates in order of first use (time, then post id): the grouping
    /// breaks ties by this order, so it is part of the definition.</param>
    /// <param name="options">The near-duplicate threshold.</param>
    public static int[] Group(IReadOnlyList<ReplyTemplate> templates, TextQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(options);
        return NearDuplicates.Group(templates.Select(t => (t.Norm, checked((int)t.Replies))).ToList(), options.NearDuplicateThreshold);
    }

    /// <summary>The four cells of canned × deflecting replies of one brand.</summary>
    /// <param name="templates">The brand's distinct templates in order of first use (see <see cref="Group"/>).</param>
    /// <param name="options">The near-duplicate threshold and <see cref="TextQualityOptions.MinTemplateUses"/>.</param>
    public static ReplyTextCounts Count(IReadOnlyList<ReplyTemplate> templates, TextQualityOptions options)
    {
        var groupOf = Group(templates, options);
        var groupSize = new Dictionary<int, long>();
        for (var i = 0; i < templates.Count; i++)
        {
            groupSize[groupOf[i]] = groupSize.GetValueOrDefault(groupOf[i]) + templates[i].Replies;
        }

        long cannedDeflecting = 0, cannedOnly = 0, deflectingOnly = 0, neither = 0;
        for (var i = 0; i < templates.Count; i++)
        {
            var (replies, deflecting) = (templates[i].Replies, templates[i].Deflecting);
            if (groupSize[groupOf[i]] >= options.MinTemplateUses)
            {
                cannedDeflecting += deflecting;
                cannedOnly += replies - deflecting;
            }
            else
            {
                deflectingOnly += deflecting;
                neither += replies - deflecting;
            }
        }

        return new ReplyTextCounts(cannedDeflecting, cannedOnly, deflectingOnly, neither);
    }
}
