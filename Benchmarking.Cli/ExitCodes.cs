using System.Globalization;

namespace Benchmarking.Cli;

/// <summary>The process exit codes of <c>carebench</c>; printed in the root <c>--help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Success. Rejected rows are normal data: a run with rejects still succeeds.</summary>
    public const int Ok = 0;

    /// <summary>Bad command line or configuration: unknown option value, invalid brand registry, unknown brand or industry, a DuckDB memory limit too small for the data.</summary>
    public const int Usage = 1;

    /// <summary>
    /// An input file is unusable (missing, not a known format, wrong encoding, or an API error answer instead of posts:
    /// <c>ingest</c> still stores the other files). Rejected rows do not count.
    /// </summary>
    public const int InputRejected = 2;

    /// <summary>The store cannot be opened or written (e.g. another process holds it, or it does not exist yet).</summary>
    public const int Store = 3;

    /// <summary>
    /// The run completed and stored its results, but the data is partial: input rows were rejected, mentions of the week
    /// are still pending (the data does not yet cover the answer window after them), or the week has no mentions at all.
    /// Used by <c>weekly</c>, where a scheduler may want to rerun the week later, and by <c>pull</c> when an endpoint was
    /// skipped or stopped at its page bound.
    /// </summary>
    public const int PartialData = 4;

    /// <summary>The store (or the weekly output folder) is held by another carebench run: nothing was changed; retry later.</summary>
    public const int StoreBusy = 5;

    /// <summary>
    /// The store file is damaged (a block fails its checksum): a retry cannot help; restore it from a backup, or
    /// re-ingest the input files into a new store.
    /// </summary>
    public const int StoreCorrupt = 6;

    /// <summary>Unexpected internal error: a bug; rerun with --verbose and report the stack trace.</summary>
    public const int Internal = 70;

    /// <summary>
    /// A file or folder cannot be written (read-only file system, permissions): choose another --out or --store, or fix
    /// the permissions; 73 is EX_CANTCREAT of sysexits.h. Commands that write reports check this before computing.
    /// </summary>
    public const int NotWritable = 73;

    /// <summary>
    /// The disk is full: the step that was writing was rolled back (an ingest, a snapshot) or left only temporary files;
    /// free space and rerun. 74 is EX_IOERR of sysexits.h.
    /// </summary>
    public const int DiskFull = 74;

    /// <summary>A pull's credentials were refused (HTTP 401: wrong or revoked token): a person must renew them; 77 is EX_NOPERM.</summary>
    public const int CredentialsRefused = 77;

    /// <summary>
    /// A fetch from a remote source failed in a way a retry may fix (network error, timeout, rate limit, server error).
    /// Returned by <c>pull</c> when a request failed transiently (its checkpoint was not advanced); 75 is EX_TEMPFAIL of sysexits.h, which schedulers treat as "try again".
    /// </summary>
    public const int RetryableFetch = 75;

    /// <summary>Cancelled with Ctrl-C; the file being ingested was rolled back.</summary>
    public const int Cancelled = 130;

    /// <summary>Every code with its meaning, ascending.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> All { get; } =
    [
        (Ok, "ok; rejected rows are reported, not an error (weekly: see 4)"),
        (Usage, "usage or configuration error: bad option or registry, unknown brand, DuckDB out of memory"),
        (InputRejected, "an input file is unusable: missing, unknown format or wrong encoding"),
        (Store, "store error: the store is missing or cannot be opened"),
        (PartialData, "partial data: weekly rows rejected/mentions pending, or a pull endpoint skipped or bounded"),
        (StoreBusy, "store or weekly folder in use by another run; nothing changed, retry later"),
        (StoreCorrupt, "the store file is damaged: restore it from a backup or re-ingest into a new store"),
        (Internal, "internal error (a bug): rerun with --verbose and report it"),
        (NotWritable, "cannot write the output or store path (read-only, permissions): fix it, then rerun"),
        (DiskFull, "disk full: the interrupted step was rolled back; free space, then rerun"),
        (RetryableFetch, "retryable fetch failure (network, rate limit, server error): retry later"),
        (CredentialsRefused, "pull credentials refused (HTTP 401): renew the token; do not retry"),
        (Cancelled, "cancelled with Ctrl-C; the interrupted file is rolled back"),
    ];

    /// <summary>The exit-code table as help text, one code per line.</summary>
    public static string HelpText =>
        "Exit codes:" + string.Concat(All.Select(c => string.Create(CultureInfo.InvariantCulture, $"\n  {c.Code,3}  {c.Meaning}")));
}
