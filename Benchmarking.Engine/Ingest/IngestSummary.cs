namespace Benchmarking.Engine.Ingest;

/// <summary>
/// Row accounting for one ingested file: <c>Read = Accepted + Rejected</c> always holds, and
/// <c>Accepted = NewPosts + AlreadyStored</c>.
/// </summary>
/// <param name="File">The input file.</param>
/// <param name="Format">Detected format, e.g. <c>twcs</c> or <c>twcs-pandas</c>.</param>
/// <param name="Read">Data records read (header excluded).</param>
/// <param name="Accepted">Valid records: stored now or already stored with identical content.</param>
/// <param name="NewPosts">Accepted records that were not in the store before.</param>
/// <param name="AlreadyStored">Accepted records whose id and content were already stored (re-ingest).</param>
/// <param name="Rejected">Records not stored, each with a reason.</param>
/// <param name="RejectedByReason">Rejected counts per reason.</param>
/// <param name="RejectsFile">Path of the CSV listing every rejected row, or null when nothing was rejected.</param>
/// <param name="FirstRejects">The first few rejects, for printing.</param>
public sealed record IngestSummary(
    string File,
    string Format,
    long Read,
    long Accepted,
    long NewPosts,
    long AlreadyStored,
    long Rejected,
    IReadOnlyDictionary<RejectReason, long> RejectedByReason,
    string? RejectsFile,
    IReadOnlyList<RejectedRow> FirstRejects)
{
    /// <summary>The accounting line, e.g. <c>read 5000 = accepted 4998 + rejected 2</c>.</summary>
    public string AccountingLine => $"read {Read} = accepted {Accepted} + rejected {Rejected}";

    /// <summary>Problems with the accepted data as a whole (e.g. ids that look rounded by a spreadsheet), one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
