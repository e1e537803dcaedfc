using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Text;

/// <summary>
/// The rules of one section of the rules file (deflection, hedging or themes) in file order, with one alternation of
/// every rule's patterns: when that finds nothing, no rule can match and the rules are not run one by one (about 60 %
/// of customer posts mention no theme and 65 % of replies no deflection). When it finds something, its match is the
/// leftmost one: no match of any rule's patterns starts before it (each such match is a match of the alternation), so
/// each rule is searched from there, not from the start of the text. The result is the same as running every rule on
/// the whole text.
/// </summary>
internal sealed class CompiledRuleSet(IReadOnlyList<CompiledRule> rules, Regex any)
{
    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<CompiledRule> Rules { get; } = rules;

    /// <summary>The kinds of every rule that matches, in file order.</summary>
    public IReadOnlyList<string> Kinds(string text)
    {
        if (LeftmostMatch(any, text) is not { } from)
        {
            return [];
        }

        List<string>? kinds = null;
        foreach (var rule in Rules)
        {
            if (rule.IsMatch(text, from))
            {
                (kinds ??= []).Add(rule.Kind);
            }
        }

        return kinds ?? (IReadOnlyList<string>)[];
    }

    /// <summary>
    /// <see cref="Kinds"/> as stored: comma-separated, empty when none. Allocates only for two kinds or more (one
    /// kind is its own name).
    /// </summary>
    public string KindsText(string text) => KindsText(text, 0);

    /// <summary>
    /// <see cref="KindsText(string)"/> when no match of the section's patterns can start before <paramref name="from"/>
    /// (it is where an alternation holding all of them first matches).
    /// </summary>
    public string KindsText(string text, int from)
    {
        if (LeftmostMatch(any, text, from) is not { } start)
        {
            return string.Empty;
        }

        string? first = null;
        List<string>? more = null;
        foreach (var rule in Rules)
        {
            if (rule.IsMatch(text, start))
            {
                if (first is null)
                {
                    first = rule.Kind;
                }
                else
                {
                    (more ??= [first]).Add(rule.Kind);
                }
            }
        }

        return more is not null ? string.Join(',', more) : first ?? string.Empty;
    }

    /// <summary>
    /// Where the leftmost match of <paramref name="regex"/> that starts at or after <paramref name="from"/> starts (anchors
    /// and <c>\b</c> still see the text before it); null when there is none.
    /// </summary>
    internal static int? LeftmostMatch(Regex regex, string text, int from = 0)
    {
        // The enumerator reports the match's bounds without building a Match object.
        var matches = regex.EnumerateMatches(text, from);
        return matches.MoveNext() ? matches.Current.Index : null;
    }
}
