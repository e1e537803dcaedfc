using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Text;

/// <summary>
/// The text-quality rules loaded from <c>data/text/rules.json</c>: agent sign-offs, deflection kinds, hedging and empty
/// apologies, intent cues and recurring-issue themes. Rules are data so they can be reviewed and extended without a
/// code change; every pattern is compiled case-insensitively with <see cref="RegexOptions.NonBacktracking"/> so a
/// pattern can never hang on a long post.
/// </summary>
internal sealed class TextRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private TextRules(string version, Regex signOff, CompiledRuleSet deflection, CompiledRuleSet hedging, Regex replySections, Regex question, Regex complaint, Regex praise, CompiledRuleSet themes)
    {
        this.replySections = replySections;
        Version = version;
        SignOff = signOff;
        Deflection = deflection;
        Hedging = hedging;
        Question = question;
        Complaint = complaint;
        Praise = praise;
        Themes = themes;
    }

    /// <summary>The first 12 hex digits of the SHA-256 of the rules file: part of the feature version.</summary>
    public string Version { get; }

    /// <summary>An agent sign-off at the end of a reply (<c>^CK</c>, <c>*AFM</c>, <c>/AG</c>, <c>-Mike</c>).</summary>
    public Regex SignOff { get; }

    public CompiledRuleSet Deflection { get; }

    public CompiledRuleSet Hedging { get; }

    // One alternation of every deflection and hedging pattern (see ReplyKinds).
    private readonly Regex replySections;

    public Regex Question { get; }

    public Regex Complaint { get; }

    public Regex Praise { get; }

    public CompiledRuleSet Themes { get; }

    /// <summary>Loads and compiles the rules file.</summary>
    /// <exception cref="TextModelException">The file is missing, not valid JSON, or has an invalid pattern (the message names the rule).</exception>
    public static TextRules Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new TextModelException($"The text rules file '{path}' does not exist. Run from the repository folder (the default is data/text/rules.json) or pass --rules.");
        }

        var bytes = File.ReadAllBytes(path);
        TextRulesFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TextRulesFile>(bytes, new JsonSerializerOptions { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new TextModelException($"The text rules file '{path}' is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        if (file is null)
        {
            throw new TextModelException($"The text rules file '{path}' is empty.");
        }

        var problems = new List<string>();
        var version = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var rules = new TextRules(
            version,
            Compile("signOffs", file.SignOffs, problems),
            CompileRules("deflection", file.Deflection, problems),
            CompileRules("hedging", file.Hedging, problems),
            // Invalid patterns are reported by their sections, once.
            Compile("deflection and hedging", [.. new[] { file.Deflection, file.Hedging }.SelectMany(d => d ?? []).SelectMany(d => d.Patterns ?? [])], []),
            Compile("intent.question", file.Intent?.Question, problems),
            Compile("intent.complaint", file.Intent?.Complaint, problems),
            Compile("intent.praise", file.Intent?.Praise, problems),
            CompileRules("themes", file.Themes, problems));
        if (problems.Count > 0)
        {
            throw new TextModelException($"The text rules file '{path}' has {problems.Count} problem(s): {string.Join("; ", problems)}.");
        }

        return rules;
    }

    /// <summary>
    /// A reply's <see cref="Deflection"/> and <see cref="Hedging"/> kinds as stored (<see cref="CompiledRuleSet.KindsText(string)"/>).
    /// Most replies match neither section, so one alternation of both sections' patterns is searched first; when it
    /// matches, no pattern of either section can match before where it does, so each section is searched from there.
    /// The result is that of running each section on the whole text.
    /// </summary>
    public (string Deflection, string Hedging) ReplyKinds(string text) =>
        CompiledRuleSet.LeftmostMatch(replySections, text) is { } from
            ? (Deflection.KindsText(text, from), Hedging.KindsText(text, from))
            : (string.Empty, string.Empty);

    /// <summary>The kinds of every rule in <paramref name="rules"/> that match, in file order.</summary>
    public static IReadOnlyList<string> Kinds(CompiledRuleSet rules, string text) => rules.Kinds(text);

    private static CompiledRuleSet CompileRules(string section, IReadOnlyList<RuleDefinition>? definitions, List<string> problems)
    {
        if (definitions is null || definitions.Count == 0)
        {
            problems.Add($"section '{section}' is missing or empty");
            return new CompiledRuleSet([], new Regex("(?!)", RegexOptions.CultureInvariant));
        }

        var compiled = new List<CompiledRule>();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (string.IsNullOrWhiteSpace(definition.Kind) || definition.Kind.Contains(',', StringComparison.Ordinal))
            {
                problems.Add($"a rule in '{section}' has an empty kind or one with a comma");
                continue;
            }

            if (!kinds.Add(definition.Kind))
            {
                problems.Add($"kind '{definition.Kind}' appears twice in '{section}'");
            }

            var match = Compile($"{section}.{definition.Kind}", definition.Patterns, problems);
            var unless = definition.Unless is { Count: > 0 } ? Compile($"{section}.{definition.Kind}.unless", definition.Unless, problems) : null;
            compiled.Add(new CompiledRule(definition.Kind, match, unless));
        }

        // Invalid patterns are already reported above, once.
        var any = Compile(section, [.. definitions.SelectMany(d => d.Patterns ?? [])], []);
        return new CompiledRuleSet(compiled, any);
    }

    private static Regex Compile(string where, IReadOnlyList<string>? patterns, List<string> problems)
    {
        if (patterns is null || patterns.Count == 0)
        {
            problems.Add($"'{where}' has no patterns");
            return new Regex("(?!)", RegexOptions.CultureInvariant);
        }

        // Building a NonBacktracking matcher is most of loading the rules, so each pattern is only parsed here (the
        // backtracking interpreter parses the same syntax) and the one matcher built is the alternation's.
        var reported = problems.Count;
        for (var i = 0; i < patterns.Count; i++)
        {
            Check(where, i, patterns[i], Options & ~RegexOptions.NonBacktracking, problems);
        }

        try
        {
            return new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), Options);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // Something NonBacktracking refuses (a look-around, a back-reference) or a pattern that does not parse:
            // every pattern is checked as NonBacktracking compiles it, so each problem is named by its pattern.
            problems.RemoveRange(reported, problems.Count - reported);
            for (var i = 0; i < patterns.Count; i++)
            {
                Check(where, i, patterns[i], Options, problems);
            }

            return new Regex("(?!)", RegexOptions.CultureInvariant);
        }
    }

    private static void Check(string where, int index, string pattern, RegexOptions options, List<string> problems)
    {
        try
        {
            _ = new Regex(pattern, options);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            problems.Add($"'{where}' pattern {index + 1} is invalid: {e.Message}");
        }
    }
}
