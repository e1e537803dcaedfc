using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Registry;

/// <summary>
/// A handle that looks like a hidden alias of a brand, from the reply structure in the store: customer posts mention it,
/// and one brand answers those posts far more often than chance. The evidence is counts and post ids, never post text.
/// </summary>
/// <param name="BrandId">The brand the handle seems to stand for.</param>
/// <param name="Platform">Platform of the handle.</param>
/// <param name="Handle">The handle, lower case, without <c>@</c>.</param>
/// <param name="Mentions">Customer posts (not reposts) that mention the handle.</param>
/// <param name="AnsweredByAny">Of those, posts some registered brand replied to.</param>
/// <param name="AnsweredByBrand">Of those, posts this brand replied to.</param>
/// <param name="NewMentions">Posts this brand replied to that are not already its mentions (no handle of it, not a reply to it): the mentions the alias would add.</param>
/// <param name="BrandBaseShare">The brand's share of all answered customer posts in the store: what chance would give.</param>
/// <param name="AuthoredPosts">Posts the handle itself wrote (counted as a customer's; an alias never makes a post the brand's).</param>
/// <param name="ShareLower">Lower end of the 95% Wilson interval of <see cref="Share"/>: the confidence measure.</param>
/// <param name="ExamplePostIds">A few customer posts mentioning the handle that the brand answered (ids only).</param>
public sealed record AliasSuggestion(
    string BrandId,
    Platform Platform,
    string Handle,
    long Mentions,
    long AnsweredByAny,
    long AnsweredByBrand,
    long NewMentions,
    double BrandBaseShare,
    long AuthoredPosts,
    double ShareLower,
    IReadOnlyList<string> ExamplePostIds)
{
    /// <summary>Share of the answered posts mentioning the handle that this brand answered.</summary>
    public double Share => AnsweredByAny > 0 ? AnsweredByBrand / (double)AnsweredByAny : 0;

    /// <summary>How many times more often than chance: <see cref="Share"/> / <see cref="BrandBaseShare"/>.</summary>
    public double Lift => BrandBaseShare > 0 ? Share / BrandBaseShare : double.PositiveInfinity;

    /// <summary><c>high</c> (lower bound ≥ 0.8), <c>medium</c> (≥ 0.6) or <c>low</c>, from <see cref="ShareLower"/>.</summary>
    public string Confidence => ShareLower >= 0.8 ? "high" : ShareLower >= 0.6 ? "medium" : "low";

    /// <summary>The 95% Wilson score lower bound of <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    public static double WilsonLower(long successes, long trials)
    {
        if (trials <= 0)
        {
            return 0;
        }

        const double z = 1.959963984540054;
        var p = successes / (double)trials;
        var n = (double)trials;
        var centre = p + (z * z / (2 * n));
        var margin = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n)));
        return Math.Max(0, (centre - margin) / (1 + (z * z / n)));
    }
}
