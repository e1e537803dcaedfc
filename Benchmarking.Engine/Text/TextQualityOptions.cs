using System.Globalization;

namespace Benchmarking.Engine.Text;

/// <summary>Options of the text-quality measures (<c>docs/text-quality.md</c>). Check with <see cref="Validate"/>.</summary>
public sealed record TextQualityOptions
{
    /// <summary>The trained sentiment model. Relative paths resolve against the current directory. Default <c>data/text/sentiment-model.zip</c>.</summary>
    public string ModelPath { get; init; } = Path.Combine("data", "text", "sentiment-model.zip");

    /// <summary>The rules file. Default <c>data/text/rules.json</c>.</summary>
    public string RulesPath { get; init; } = Path.Combine("data", "text", "rules.json");

    /// <summary>Key of the HMAC that pseudonymises customer handles in examples. Use a secret key for published reports.</summary>
    public string PseudonymKey { get; init; } = "carebench";

    /// <summary>Keep customers' real handles in examples (author and text) instead of pseudonyms. Off by default.</summary>
    public bool ShowCustomers { get; init; }

    /// <summary>Word-trigram Jaccard similarity at or above which two replies are the same template. Default 0.7.</summary>
    public double NearDuplicateThreshold { get; init; } = 0.7;

    /// <summary>A template group counts as canned when a brand used it at least this often in the period. Default 3.</summary>
    public int MinTemplateUses { get; init; } = 3;

    /// <summary>Top templates and top themes listed per brand. Default 5.</summary>
    public int TopCount { get; init; } = 5;

    /// <summary>Example posts kept per figure (earliest first). Default 3.</summary>
    public int ExamplesPerFigure { get; init; } = 3;

    /// <summary>
    /// Posts analysed per batch when features are computed. Default 20,480: ten units of parallel work, and six
    /// batches fill one DuckDB row group (the rows the store commits at a time).
    /// </summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>The default <see cref="BatchSize"/>.</summary>
    public const int DefaultBatchSize = 20_480;

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ModelPath))
        {
            problems.Add("the sentiment model path is empty");
        }

        if (string.IsNullOrWhiteSpace(RulesPath))
        {
            problems.Add("the rules path is empty");
        }

        if (string.IsNullOrEmpty(PseudonymKey))
        {
            problems.Add("the pseudonym key is empty");
        }

        if (NearDuplicateThreshold is <= 0 or > 1 || double.IsNaN(NearDuplicateThreshold))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"near-duplicate threshold must be in (0, 1] (was {NearDuplicateThreshold})"));
        }

        if (MinTemplateUses < 2)
        {
            problems.Add($"minimum template uses must be at least 2 (was {MinTemplateUses})");
        }

        if (TopCount < 1)
        {
            problems.Add($"top count must be at least 1 (was {TopCount})");
        }

        if (ExamplesPerFigure < 0)
        {
            problems.Add($"examples per figure must be ≥ 0 (was {ExamplesPerFigure})");
        }

        if (BatchSize < 1)
        {
            problems.Add($"batch size must be at least 1 (was {BatchSize})");
        }

        return problems;
    }
}
