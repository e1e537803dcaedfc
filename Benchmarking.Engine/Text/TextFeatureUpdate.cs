namespace Benchmarking.Engine.Text;

/// <summary>What one feature update did.</summary>
/// <param name="Version">The feature version now stored (model, rules and algorithm).</param>
/// <param name="Computed">Posts whose features were computed by this update (0 when every post already had them).</param>
/// <param name="Removed">Feature rows dropped: another version, or a post whose author changed between brand and customer.</param>
/// <param name="Elapsed">Wall time of the update.</param>
public sealed record TextFeatureUpdate(string Version, long Computed, long Removed, TimeSpan Elapsed)
{
    /// <summary>Posts per second computed (0 when nothing was computed).</summary>
    public double PostsPerSecond => Computed == 0 || Elapsed <= TimeSpan.Zero ? 0 : Computed / Elapsed.TotalSeconds;
}
