using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

public sealed class CompiledRuleSetTests
{
    public static TheoryData<string> Sections => ["deflection", "hedging", "themes"];

    [Theory]
    [MemberData(nameof(Sections))]
    public void The_prefilter_gives_the_kinds_of_running_every_rule_on_real_posts_as_a_list_and_as_stored(string section)
    {
        var rules = TextFixtures.Rules;
        var set = section switch { "deflection" => rules.Deflection, "hedging" => rules.Hedging, _ => rules.Themes };
        var matched = 0;

        foreach (var text in TextFixtures.TwcsHead.Values)
        {
            var reference = set.Rules.Where(r => r.IsMatch(text)).Select(r => r.Kind).ToList();
            Assert.Equal(reference, set.Kinds(text));
            Assert.Equal(string.Join(',', reference), set.KindsText(text));
            matched += reference.Count > 0 ? 1 : 0;
        }

        // The sample exercises both paths: posts the prefilter lets through and posts it stops.
        Assert.InRange(matched, 1, TextFixtures.TwcsHead.Count - 1);
    }

    [Fact]
    public void A_reply_gets_the_deflection_and_hedging_kinds_of_running_every_rule_on_real_posts()
    {
        var rules = TextFixtures.Rules;
        var matched = 0;

        foreach (var text in TextFixtures.TwcsHead.Values)
        {
            string Reference(CompiledRuleSet set) => string.Join(',', set.Rules.Where(r => r.IsMatch(text)).Select(r => r.Kind));
            var expected = (Reference(rules.Deflection), Reference(rules.Hedging));
            Assert.Equal(expected, rules.ReplyKinds(text));
            matched += expected != (string.Empty, string.Empty) ? 1 : 0;
        }

        // Both paths: replies the alternation of both sections stops and replies it lets through.
        Assert.InRange(matched, 1, TextFixtures.TwcsHead.Count - 1);
    }

    [Theory]
    [InlineData("the cat", "a,b,c")]
    [InlineData("xcat dog", "b")]
    [InlineData("dog cat", "a,b,c")]
    [InlineData("concat", "b,c")]
    [InlineData("no pet here", "")]
    public void Rules_searched_from_the_leftmost_match_still_see_the_text_before_it(string text, string expected)
    {
        // Rule a needs a word boundary at the leftmost match; b starts at the text's start or inside a word; c's
        // exception matches before the leftmost match.
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "signOffs": ["x$"], "deflection": [{ "kind": "dm", "patterns": ["dm"] }], "hedging": [{ "kind": "h", "patterns": ["a"] }],
              "intent": { "question": ["\\?"], "complaint": ["bad"], "praise": ["good"] },
              "themes": [{ "kind": "a", "patterns": ["\\bcat\\b"] }, { "kind": "b", "patterns": ["^dog", "at\\b"] }, { "kind": "c", "patterns": ["cat"], "unless": ["^x"] }] }
            """);
        try
        {
            var themes = TextRules.Load(path).Themes;
            Assert.Equal(expected, themes.KindsText(text));
            Assert.Equal(themes.Rules.Where(r => r.IsMatch(text)).Select(r => r.Kind), themes.Kinds(text));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
