namespace Benchmarking.Engine.Ingest;

/// <summary>
/// Row accounting for one ingested file: <c>Read = Accepted + Rejected</c> always holds, and
/// <c>Accepted = NewPosts + AlreadyStored + Edited</c>.
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
    /// <summary>Accepted records that are a later version of a stored post (an edit): they replaced its text.</summary>
    public long Edited { get; init; }

    /// <summary>
    /// Error entries the API responses carried (X's <c>errors</c>: a deleted referenced tweet, a suspended mentioned
    /// user, a rate limit). They are not records, so they are counted apart from <see cref="Rejected"/>.
    /// </summary>
    public long ApiErrors { get; init; }

    /// <summary>
    /// Problems with the file as a whole, one sentence each: responses that were an API error as a whole (no posts), or
    /// accepted ids that look rounded by a spreadsheet. Empty for files without any.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// Whether a response in the file was unusable as input (an API error as a whole, or posts requested without the
    /// fields they need): the command then exits with "input rejected" although the file's other records were stored.
    /// A spreadsheet warning alone does not count, since every record was stored as it was given.
    /// </summary>
    public bool HadUnusableResponse { get; init; }

    /// <summary>
    /// The accounting line, e.g. <c>read 5000 = accepted 4998 + rejected 2</c>, followed by <c>; 3 API error entries</c>
    /// when the responses carried any.
    /// </summary>
    public string AccountingLine => ApiErrors == 0
        ? $"read {Read} = accepted {Accepted} + rejected {Rejected}"
        : $"read {Read} = accepted {Accepted} + rejected {Rejected}; {ApiErrors} API error entr{(ApiErrors == 1 ? "y" : "ies")} (not posts)";
}
