namespace Benchmarking.Engine.Pull;

/// <summary>The result of one pull run.</summary>
/// <param name="RunFolder">Folder of this run's landed pages and <c>pages.jsonl</c>.</param>
/// <param name="Summaries">One per brand × platform, in pull order.</param>
/// <param name="Requests">HTTP requests sent, retries included.</param>
/// <param name="Retries">Requests repeated after a timeout, network error, 429 or 5xx.</param>
/// <param name="Cancelled">True when the run was stopped (Ctrl-C) before it finished; finished pulls and their checkpoints stay stored.</param>
public sealed record PullReport(string RunFolder, IReadOnlyList<PullSummary> Summaries, int Requests, int Retries, bool Cancelled)
{
    /// <summary>Posts new to the store over the whole run.</summary>
    public long NewPosts => Summaries.Sum(s => s.Ingest?.NewPosts ?? 0);

    /// <summary>Records read from landed pages over the whole run.</summary>
    public long Read => Summaries.Sum(s => s.Ingest?.Read ?? 0);

    /// <summary>Records rejected over the whole run.</summary>
    public long Rejected => Summaries.Sum(s => s.Ingest?.Rejected ?? 0);

    /// <summary>Error entries the API responses carried over the whole run (not posts; counted apart from rejected records).</summary>
    public long ApiErrors => Summaries.Sum(s => s.Ingest?.ApiErrors ?? 0);

    /// <summary>Failures and skips over the whole run.</summary>
    public int Issues => Summaries.Sum(s => s.Issues.Count);

    /// <summary>Requests that failed transiently over the whole run (a rerun later may succeed).</summary>
    public int TransientFailures => Summaries.Sum(s => s.TransientFailures);

    /// <summary>Requests refused with HTTP 401 over the whole run: the credentials need a person.</summary>
    public int CredentialFailures => Summaries.Sum(s => s.CredentialFailures);
}
