using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Text;

/// <summary>
/// A cheap test run before a rule's regular expression: when the text contains none of the literals the patterns
/// require (<see cref="RequiredLiterals"/>), no pattern can match and the expression is not run. One vectorised
/// multi-string search instead of a regular-expression scan for the most common outcome, no match. The decision is
/// exact, never a guess: the literals are compared ignoring case as the patterns are, and a text holding a character
/// the regular expression treats as a case variant of a literal's character but the ordinal comparison might not
/// (the Kelvin sign for <c>k</c>) always runs the expression.
/// </summary>
internal sealed class LiteralPrefilter
{
    /// <summary>No literal is required: the expression always runs.</summary>
    public static readonly LiteralPrefilter None = new(null, null, null);

    private readonly SearchValues<string>? literals;
    private readonly SearchValues<char>? caseVariants;

    private LiteralPrefilter(IReadOnlyList<string>? required, SearchValues<string>? literals, SearchValues<char>? caseVariants)
    {
        Literals = required;
        this.literals = literals;
        this.caseVariants = caseVariants;
    }

    /// <summary>The literals one of which every match contains; null when none is required.</summary>
    public IReadOnlyList<string>? Literals { get; }

    /// <summary>The prefilter of the alternation of <paramref name="patterns"/> compiled with <paramref name="options"/>.</summary>
    public static LiteralPrefilter For(IReadOnlyList<string> patterns, RegexOptions options)
    {
        if (RequiredLiterals.Of(patterns) is not { } required)
        {
            return None;
        }

        var ignoreCase = options.HasFlag(RegexOptions.IgnoreCase);
        var variants = ignoreCase ? CaseVariants(required, options) : [];
        return new LiteralPrefilter(
            required,
            SearchValues.Create(required.ToArray(), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal),
            variants.Length > 0 ? SearchValues.Create(variants) : null);
    }

    /// <summary>False only when no match is possible.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) =>
        literals is null || text.ContainsAny(literals) || (caseVariants is not null && text.ContainsAny(caseVariants));

    /// <summary>
    /// The characters a regular expression with <paramref name="options"/> matches for some character c of the literals,
    /// other than c itself, unless both are ASCII (ordinal ignore-case handles ASCII letters exactly).
    /// </summary>
    private static char[] CaseVariants(IEnumerable<string> literals, RegexOptions options)
    {
        var chars = literals.SelectMany(l => l).Distinct().Order().ToArray();
        var single = new Dictionary<char, Regex>();
        var variants = new List<char>();
        // One scan of every UTF-16 code unit finds the candidates: those the class of all the literals' characters matches.
        foreach (var match in new Regex($"[{Escaped(chars)}]", options).EnumerateMatches(EveryChar.Value))
        {
            var x = (char)match.Index;
            foreach (var c in chars)
            {
                if (c == x || (char.IsAscii(c) && char.IsAscii(x)))
                {
                    continue;
                }

                if (!single.TryGetValue(c, out var regex))
                {
                    single[c] = regex = new Regex($"^{Escaped([c])}$", options);
                }

                if (regex.IsMatch([x]))
                {
                    variants.Add(x);
                    break;
                }
            }
        }

        return [.. variants];
    }

    /// <summary>Every UTF-16 code unit, in order (the one at index i is (char)i).</summary>
    private static readonly Lazy<string> EveryChar = new(() => string.Create(char.MaxValue + 1, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)i;
        }
    }));

    private static string Escaped(IEnumerable<char> chars)
    {
        var builder = new StringBuilder();
        foreach (var c in chars)
        {
            builder.Append(@"\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
