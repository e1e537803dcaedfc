using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

/// <summary>The deflection rules of data/text/rules.json, case by case on real brand replies from the TWCS head.</summary>
public sealed class DeflectionRulesTests
{
    [Theory]
    [InlineData("1754", "dm")] // AppleSupport: "Please DM us your current iOS version…"
    [InlineData("2940", "dm")] // Uber_Support: "send us a DM with your email address" — asks for the address, no email deflection
    [InlineData("4816", "dm")] // Ask_WellsFargo: "Please DM us with the location of your servicing branch…"
    [InlineData("2871", "dm")] // SpotifyCares: "We've just sent a DM your way. Let's carry on chatting there"
    [InlineData("618", "phone,web")] // AmazonHelp: "Please reach us by phone or chat here: <link>"
    [InlineData("1801", "web")] // Uber_Support: "Send us a note via <link> so our team can connect."
    [InlineData("5871", "web")] // BofA_Help: "Please visit <link> to view all of our credit card products"
    [InlineData("5502", "web")] // ChipotleTweets: "Please tell us more here: <link>"
    [InlineData("7618", "dm,web")] // TMobileHelp: "Please check coverage here <link> and DM us with your questions."
    [InlineData("3671", "")] // comcastcares: "Are you able to test using a wire?" — answers in public
    [InlineData("2971", "")] // SpotifyCares: asks for the Spotify URI in public
    [InlineData("1940", "")] // AmericanAir: "Were you able to file a claim with our Baggage team?"
    [InlineData("3944", "")] // VerizonSupport: a troubleshooting question
    [InlineData("2430", "")] // Uber_Support: explains the busy-area fee
    public void Real_reply_gets_the_expected_kinds(string tweetId, string expected)
    {
        var text = TextFixtures.TwcsHead[tweetId];

        var kinds = TextRules.Kinds(TextFixtures.Rules.Deflection, text);

        Assert.Equal(expected, string.Join(',', kinds));
    }

    [Theory]
    [InlineData("2151", "empty-apology")] // ChipotleTweets: "My apologies for any frustration."
    [InlineData("3671", "")]
    public void Real_reply_gets_the_expected_hedging(string tweetId, string expected)
    {
        var kinds = TextRules.Kinds(TextFixtures.Rules.Hedging, TextFixtures.TwcsHead[tweetId]);

        Assert.Equal(expected, string.Join(',', kinds));
    }

    [Theory]
    [InlineData("Please call us at 1-800-555-0199 so we can help.", "phone")]
    [InlineData("Drop us an email at help@example.com and we'll sort it.", "email")]
    [InlineData("Please pop into your local store and the team will check it.", "in-person")]
    [InlineData("Sorry for any inconvenience, it appears the outage is over.", "")]
    public void Each_kind_has_a_rule(string text, string expected) =>
        Assert.Equal(expected, string.Join(',', TextRules.Kinds(TextFixtures.Rules.Deflection, text)));

    [Theory]
    [InlineData("""["ok", "(unclosed", "(?<=x)y", "also)"]""", new[] { 2, 3, 4 })]
    [InlineData("""["(?=a)b", "fine", "\\1(a)"]""", new[] { 1, 3 })]
    [InlineData("""["a)|(?:b"]""", new[] { 1 })]
    public void Each_bad_pattern_is_reported_by_its_number_whether_it_does_not_parse_or_NonBacktracking_refuses_it(string patterns, int[] bad)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $$"""
            { "signOffs": ["x$"], "deflection": [{ "kind": "dm", "patterns": {{patterns}} }], "hedging": [{ "kind": "h", "patterns": ["a"] }],
              "intent": { "question": ["\\?"], "complaint": ["bad"], "praise": ["good"] }, "themes": [{ "kind": "t", "patterns": ["b"] }] }
            """);
        try
        {
            var e = Assert.Throws<TextModelException>(() => TextRules.Load(path));
            var reported = System.Text.RegularExpressions.Regex.Matches(e.Message, @"'deflection\.dm' pattern (\d+) is invalid").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(bad, reported);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_bad_pattern_is_reported_with_its_rule_and_no_text()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "signOffs": ["x$"], "deflection": [{ "kind": "dm", "patterns": ["(unclosed"] }], "hedging": [{ "kind": "h", "patterns": ["a"] }],
              "intent": { "question": ["\\?"], "complaint": ["bad"], "praise": ["good"] }, "themes": [{ "kind": "t", "patterns": ["b"] }] }
            """);
        try
        {
            var e = Assert.Throws<TextModelException>(() => TextRules.Load(path));
            Assert.Contains("'deflection.dm' pattern 1 is invalid", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
