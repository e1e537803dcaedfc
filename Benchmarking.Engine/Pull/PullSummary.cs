using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Store;

namespace Benchmarking.Engine.Pull;

/// <summary>What one brand × platform pull did: pages landed, requests, what was skipped, and the ingest accounting.</summary>
/// <param name="BrandId">The brand.</param>
/// <param name="Platform">The platform.</param>
/// <param name="Handle">The handle pulled.</param>
/// <param name="Folder">Folder of the landed pages.</param>
/// <param name="Pages">Pages landed (including those that carry no posts, such as an account lookup).</param>
/// <param name="Ingest">The accounting of the pages' records, or null when no page held posts.</param>
/// <param name="Checkpoints">Checkpoints advanced (committed with the posts).</param>
/// <param name="Issues">Failures and skips, each naming platform and endpoint; the rest of the pull went on.</param>
/// <param name="Truncated">An endpoint stopped at the page bound.</param>
/// <param name="Interrupted">Cancelled while pulling: the pages landed so far were ingested, no checkpoint was advanced.</param>
/// <param name="TransientFailures">Requests that failed in a way a later rerun may not repeat (timeout, 429, 5xx, network, unreadable JSON).</param>
public sealed record PullSummary(
    string BrandId,
    Platform Platform,
    string Handle,
    string Folder,
    int Pages,
    IngestSummary? Ingest,
    IReadOnlyList<PullCheckpoint> Checkpoints,
    IReadOnlyList<string> Issues,
    bool Truncated,
    bool Interrupted,
    int TransientFailures)
{
    /// <summary>Requests refused with HTTP 401 (wrong or revoked credentials).</summary>
    public int CredentialFailures { get; init; }
}
