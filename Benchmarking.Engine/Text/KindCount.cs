namespace Benchmarking.Engine.Text;

/// <summary>How many posts of a brand have a kind (a deflection kind, a hedge, a sentiment, an intent), with examples.</summary>
/// <param name="Kind">The kind id, e.g. <c>dm</c>.</param>
/// <param name="Count">Posts with the kind.</param>
/// <param name="ExamplePostIds">The earliest few such posts (see <see cref="BrandQuality.Examples"/>).</param>
public sealed record KindCount(string Kind, long Count, IReadOnlyList<string> ExamplePostIds);
