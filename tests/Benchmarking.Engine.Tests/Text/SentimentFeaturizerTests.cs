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
        var count = SentimentFeaturizer.FeaturizeSorted(text, bits, buffer);
        return (buffer.Indices[..count], buffer.Values[..count]);
    }

    [Theory]
    [InlineData("@AmericanAir  Lost my BAG!!", "lost my bag!!")]
    [InlineData("  see https://t.co/abc123,now\tplease ", "see please")]
    [InlineData("HTTP://X.CO/Y and http:/ broken", "and http:/ broken")]
    [InlineData("fish &amp; chips &gt; pizza &lt;3 &quot;", "fish & chips > pizza <3 &quot;")]
    [InlineData("mail me@home.com or @", "mail me .com or @")]
    [InlineData("@a@b", "")]
    [InlineData("sooooo goooood!!!!!! 1000", "soo good!! 1000")]
    [InlineData("@united @delta thanks", "thanks")]
    [InlineData("ÉCOLE Straße", "école straße")]
    [InlineData("", "")]
    [InlineData(" \n ", "")]
    public void Normalisation_follows_the_spec(string text, string expected) => Assert.Equal(expected, Normalized(text));

    [Fact]
    public void Buckets_are_pinned_so_a_changed_hash_cannot_pass_unnoticed()
    {
        // Computed once with spec cb-hash-3; a stable hash gives these on every machine and in every process.
        var (indices, values) = Features("good", bits: 18);

        // 4 character trigrams (\u0002go, goo, ood, od\u0003), 3 four-grams and 2 five-grams (weight 0.5 each) + 1 word,
        // no bigram, + the lexicon's valence bin of "good" (1.9 → 2) and of the post's valence sum (weight 1 each):
        // 12 distinct buckets, squared norm 9 × 0.25 + 3 = 5.25 before scaling.
        Assert.Equal(12, indices.Length);
        Assert.Equal(9, values.Count(v => Math.Abs(v - (0.5 / Math.Sqrt(5.25))) < 1e-6));
        Assert.Equal(3, values.Count(v => Math.Abs(v - (1 / Math.Sqrt(5.25))) < 1e-6));
        Assert.Equal(PinnedGood, indices);
    }

    private static readonly int[] PinnedGood = [13484, 15708, 67553, 133075, 159944, 160770, 171407, 177573, 212979, 236111, 239671, 241101];

    [Fact]
    public void A_reused_buffer_gives_the_features_of_a_fresh_one_in_the_order_first_seen()
    {
        var reused = new SentimentFeatureBuffer();
        string[] texts = ["@united worst. flight. ever!!! 😡 not good at all", "good", string.Empty, new string('x', 3000) + " ok", "bag bag bag bag", "good"];
        foreach (var text in texts)
        {
            var count = SentimentFeaturizer.Featurize(text, 18, reused);
            var fresh = new SentimentFeatureBuffer();
            var freshCount = SentimentFeaturizer.Featurize(text, 18, fresh);
            Assert.Equal(fresh.Indices[..freshCount], reused.Indices[..count]);
            Assert.Equal(fresh.Values[..freshCount], reused.Values[..count]);

            // Sorted (training) and first-seen (scoring) order hold the same features.
            var sorted = Features(text);
            Assert.Equal(sorted.Indices, reused.Indices[..count].Order());
            Assert.Equal(sorted.Values.Order(), reused.Values[..count].Order());
        }
    }

    [Fact]
    public void Repeated_features_get_one_plus_log_count_and_unit_norm()
    {
        var (indices, values) = Features("bag bag bag bag");

        Assert.True(indices.SequenceEqual(indices.Order()), "indices ascend");
        Assert.Equal(indices.Length, indices.Distinct().Count());
        Assert.Equal(1.0, values.Sum(v => (double)v * v), 5);
        // The word "bag" occurs 4 times: its weight is (1 + ln 4) relative to a word feature seen once, and twice that
        // relative to a character n-gram seen once (weight 0.5), e.g. the trigram "\u0002ba".
        Assert.Equal(2 * (1 + Math.Log(4)), values.Max() / values.Min(), 4);
    }

    [Fact]
    public void Empty_text_gives_the_empty_vector() => Assert.Empty(Features(string.Empty).Indices);

    [Fact]
    public void Handles_and_urls_do_not_change_the_features()
    {
        Assert.Equal(Features("@united thanks https://t.co/1").Indices, Features("@Delta   Thanks http://bit.ly/x").Indices);
        Assert.Equal(Features("thanks").Indices, Features("@Delta thanks https://t.co/1 @user").Indices);
    }

    [Fact]
    public void Negation_scope_changes_the_words_until_punctuation()
    {
        var good = Features("good").Indices;
        var notGood = Features("not good").Indices;
        var closed = Features("not. good").Indices;

        // "good" inside the scope is hashed as a negated word, so its word bucket is absent; after "." it is back.
        Assert.NotEmpty(good.Except(notGood));
        Assert.Equal("cb-hash-4", SentimentFeaturizer.Spec);
        Assert.Contains(good.Intersect(closed), i => !Features("not").Indices.Contains(i));
    }

    [Fact]
    public void The_lexicon_is_loaded_and_keyed_like_words()
    {
        Assert.True(SentimentLexicon.Count > 7000);
        Assert.True(SentimentLexicon.TryGet(SentimentFeaturizer.WordKey("good"), out var good) && good > 1);
        Assert.True(SentimentLexicon.TryGet(SentimentFeaturizer.WordKey("horrible"), out var horrible) && horrible < -2);
        Assert.False(SentimentLexicon.TryGet(SentimentFeaturizer.WordKey("flight"), out _));
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
