namespace Benchmarking.Reports.Exports;

/// <summary>What to export and how customers appear in it.</summary>
public sealed record ExportOptions
{
    /// <summary>
    /// The pseudonym key used when none is given. It is public (it is in the source and the docs), so it only makes the
    /// pseudonyms stable across machines and runs; pass a secret key to make handles unrecoverable by hashing guesses.
    /// </summary>
    public const string DefaultPseudonymKey = "carebench";

    /// <summary>Formats to write; default all four.</summary>
    public IReadOnlyList<ExportFormat> Formats { get; init; } = Enum.GetValues<ExportFormat>();

    /// <summary>Tables to write; default all three.</summary>
    public IReadOnlyList<ExportTableKind> Tables { get; init; } = Enum.GetValues<ExportTableKind>();

    /// <summary>Write raw customer handles instead of pseudonyms (off by default).</summary>
    public bool ShowCustomers { get; init; }

    /// <summary>HMAC-SHA-256 key of the customer pseudonyms.</summary>
    public string PseudonymKey { get; init; } = DefaultPseudonymKey;

    /// <summary>Every problem with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Formats.Count == 0)
        {
            problems.Add("at least one export format is needed");
        }

        if (Tables.Count == 0)
        {
            problems.Add("at least one export table is needed");
        }

        if (string.IsNullOrEmpty(PseudonymKey))
        {
            problems.Add("the pseudonym key must not be empty");
        }

        return problems;
    }
}
