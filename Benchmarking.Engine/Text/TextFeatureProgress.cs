namespace Benchmarking.Engine.Text;

/// <summary>Progress of a text-feature update: reported once with 0 analysed when the analysis starts, then after each appended batch, in order.</summary>
/// <param name="Analysed">Posts whose features are computed and stored so far in this update.</param>
/// <param name="Total">Posts the update set out to analyse (the posts without a feature row when it started).</param>
public sealed record TextFeatureProgress(long Analysed, long Total);
