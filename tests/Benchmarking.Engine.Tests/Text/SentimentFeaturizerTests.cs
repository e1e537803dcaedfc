using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

public sealed class SentimentFeaturizerTests
{
    private static string Normalized(string text)
    {
        var buffer = new SentimentFeatureBuffer();
        buffer.EnsureCapacity(text.Length);
        var length = SentimentFeaturizer.Normalize(text, buffer.Chars);
        return new string(buffer.Chars, 0, length);
    }

    private static (int[] Indices, float[] Values) Features(string text, int bits = 18)
    {
        var buffer = new SentimentFeatureBuffer();
        var count = SentimentFeaturizer.Featurize(text, bits, buffer);
        return (buffer.Indices[..count], buffer.Values[..count]);
    }

    [Theory]
    [InlineData("@AmericanAir  Lost my BAG!!", "@user lost my bag!!")]
    [InlineData("  see https://t.co/abc123,now\tplease ", "see url please")]
    [InlineData("HTTP://X.CO/Y and http:/ broken", "url and http:/ broken")]
    [InlineData("fish &amp; chips &gt; pizza &lt;3 &quot;", "fish & chips > pizza <3 &quot;")]
    [InlineData("mail me@home.com or @", "mail me@user.com or @")]
    [InlineData("@a@b", "@user@user")]
    [InlineData("ÉCOLE Straße", "école straße")]
    [InlineData("", "")]
    [InlineData(" \n ", "")]
    public void Normalisation_follows_the_spec(string text, string expected) => Assert.Equal(expected, Normalized(text));

    [Fact]
    public void Buckets_are_pinned_so_a_changed_hash_cannot_pass_unnoticed()
    {
        // Computed once with spec cb-hash-1; a stable hash gives these on every machine and in every process.
        var (indices, values) = Features("good", bits: 18);

        // 4 character trigrams (\u0002go, goo, ood, od\u0003) + 1 word, no bigram: 5 distinct buckets, equal weights.
        Assert.Equal(5, indices.Length);
        Assert.All(values, v => Assert.Equal(1 / MathF.Sqrt(5), v, 6));
        Assert.Equal(PinnedGood, indices);
    }

    private static readonly int[] PinnedGood = [15708, 26958, 84594, 232153, 239271];

    [Fact]
    public void Repeated_features_get_one_plus_log_count_and_unit_norm()
    {
        var (indices, values) = Features("no no no no");

        Assert.True(indices.SequenceEqual(indices.Order()), "indices ascend");
        Assert.Equal(indices.Length, indices.Distinct().Count());
        Assert.Equal(1.0, values.Sum(v => (double)v * v), 5);
        // "no" occurs 4 times: its weight is (1 + ln 4) relative to a feature seen once, e.g. the trigram "\u0002no".
        Assert.Equal(1 + Math.Log(4), values.Max() / values.Min(), 4);
    }

    [Fact]
    public void Empty_text_gives_the_empty_vector() => Assert.Empty(Features(string.Empty).Indices);

    [Fact]
    public void Handles_and_urls_do_not_change_the_features()
    {
        Assert.Equal(Features("@united thanks https://t.co/1").Indices, Features("@Delta   Thanks http://bit.ly/x").Indices);
    }

    [Fact]
    public void Long_posts_are_handled()
    {
        var text = string.Concat(Enumerable.Repeat("@a 😡 so late!!! ", 2000));

        var (indices, values) = Features(text);

        Assert.NotEmpty(indices);
        Assert.Equal(1.0, values.Sum(v => (double)v * v), 4);
    }

    [Fact]
    public void Every_bucket_is_below_two_to_the_bits()
    {
        foreach (var text in TextFixtures.TwcsHead.Values.Take(500))
        {
            Assert.All(Features(text, bits: 10).Indices, i => Assert.InRange(i, 0, 1023));
        }
    }
}
