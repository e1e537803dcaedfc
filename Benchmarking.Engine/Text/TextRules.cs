using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Text;

/// <summary>
/// The text-quality rules loaded from <c>data/text/rules.json</c>: agent sign-offs, deflection kinds, hedging and empty
/// apologies, intent cues and recurring-issue themes. Rules are data so they can be reviewed and extended without a
/// code change; every pattern is compiled case-insensitively with <see cref="RegexOptions.NonBacktracking"/> so a
/// pattern can never hang on a long post. Each alternation is run only when its <see cref="LiteralPrefilter"/> allows a
/// match (the same answers; tested on every real text corpus in <c>../shared/data</c>).
/// </summary>
internal sealed class TextRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private TextRules(string version, PrefilteredRegex signOff, CompiledRuleSet deflection, CompiledRuleSet hedging, PrefilteredRegex question, PrefilteredRegex complaint, PrefilteredRegex praise, CompiledRuleSet themes)
    {
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
    public PrefilteredRegex SignOff { get; }

    public CompiledRuleSet Deflection { get; }

    public CompiledRuleSet Hedging { get; }

    public PrefilteredRegex Question { get; }

    public PrefilteredRegex Complaint { get; }

    public PrefilteredRegex Praise { get; }

    public CompiledRuleSet Themes { get; }

    /// <summary>Loads and compiles the rules file.</summary>
    /// <param name="path">The rules file.</param>
    /// <param name="prefilters">False only to test the prefilters: every alternation then always runs.</param>
    /// <exception cref="TextModelException">The file is missing, not valid JSON, or has an invalid pattern (the message names the rule).</exception>
    public static TextRules Load(string path, bool prefilters = true)
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
            Prefiltered("signOffs", file.SignOffs, problems, prefilters),
            CompileRules("deflection", file.Deflection, problems, prefilters),
            CompileRules("hedging", file.Hedging, problems, prefilters),
            Prefiltered("intent.question", file.Intent?.Question, problems, prefilters),
            Prefiltered("intent.complaint", file.Intent?.Complaint, problems, prefilters),
            Prefiltered("intent.praise", file.Intent?.Praise, problems, prefilters),
            CompileRules("themes", file.Themes, problems, prefilters));
        if (problems.Count > 0)
        {
            throw new TextModelException($"The text rules file '{path}' has {problems.Count} problem(s): {string.Join("; ", problems)}.");
        }

        return rules;
    }

    /// <summary>The kinds of every rule in <paramref name="rules"/> that match, in file order.</summary>
    public static IReadOnlyList<string> Kinds(CompiledRuleSet rules, string text) => rules.Kinds(text);

    private static CompiledRuleSet CompileRules(string section, IReadOnlyList<RuleDefinition>? definitions, List<string> problems, bool prefilters)
    {
        if (definitions is null || definitions.Count == 0)
        {
            problems.Add($"section '{section}' is missing or empty");
            return new CompiledRuleSet([], LiteralPrefilter.None);
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

            var match = Prefiltered($"{section}.{definition.Kind}", definition.Patterns, problems, prefilters);
            var unless = definition.Unless is { Count: > 0 } ? Compile($"{section}.{definition.Kind}.unless", definition.Unless, problems) : null;
            compiled.Add(new CompiledRule(definition.Kind, match, unless));
        }

        // A rule without a prefilter (none required, or a pattern not read) leaves the section without one too.
        var any = prefilters && compiled.All(r => r.Match.Prefilter.Literals is not null)
            ? LiteralPrefilter.For([.. definitions.SelectMany(d => d.Patterns ?? [])], Options)
            : LiteralPrefilter.None;
        return new CompiledRuleSet(compiled, any);
    }

    private static PrefilteredRegex Prefiltered(string where, IReadOnlyList<string>? patterns, List<string> problems, bool prefilters)
    {
        var count = problems.Count;
        var regex = Compile(where, patterns, problems);
        // A rule with a problem never matches ("(?!)"), and the file is rejected anyway.
        return new PrefilteredRegex(regex, prefilters && problems.Count == count ? LiteralPrefilter.For(patterns!, Options) : LiteralPrefilter.None);
    }

    private static Regex Compile(string where, IReadOnlyList<string>? patterns, List<string> problems)
    {
        if (patterns is null || patterns.Count == 0)
        {
            problems.Add($"'{where}' has no patterns");
            return new Regex("(?!)", RegexOptions.CultureInvariant);
        }

        for (var i = 0; i < patterns.Count; i++)
        {
            try
            {
                _ = new Regex(patterns[i], Options);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                problems.Add($"'{where}' pattern {i + 1} is invalid: {e.Message}");
            }
        }

        try
        {
            return new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), Options);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return new Regex("(?!)", RegexOptions.CultureInvariant);
        }
    }
}
