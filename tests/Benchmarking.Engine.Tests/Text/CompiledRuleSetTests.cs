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
}
