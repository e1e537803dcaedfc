namespace Benchmarking.Engine.Text;

/// <summary>
/// The rules of one section of the rules file (deflection, hedging or themes) in file order. Each rule runs its
/// alternation only when its literal prefilter finds a literal the patterns require, and no rule is looked at when the
/// section's prefilter (every rule's literals) finds none: most customer posts mention no theme and most replies no
/// deflection. The result is the same as running every rule.
/// </summary>
internal sealed class CompiledRuleSet(IReadOnlyList<CompiledRule> rules, LiteralPrefilter any)
{
    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<CompiledRule> Rules { get; } = rules;

    /// <summary>The kinds of every rule that matches, in file order.</summary>
    public IReadOnlyList<string> Kinds(string text)
    {
        if (!any.MayMatch(text))
        {
            return [];
        }

        List<string>? kinds = null;
        foreach (var rule in Rules)
        {
            if (rule.IsMatch(text))
            {
                (kinds ??= []).Add(rule.Kind);
            }
        }

        return kinds ?? (IReadOnlyList<string>)[];
    }
}
