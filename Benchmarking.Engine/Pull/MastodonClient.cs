using System.Text.Json;
using Benchmarking.Engine.Ingest;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// Pulls one brand account from its Mastodon instance's public REST API: <c>GET /api/v1/accounts/lookup</c>, the
/// account's statuses with replies (<c>GET /api/v1/accounts/:id/statuses</c>, newest first, paged with the <c>max_id</c>
/// of the <c>Link</c> header's <c>rel="next"</c> — or the smallest id seen when a server sends none — and bounded below
/// by the checkpoint's <c>since_id</c> or the since time), the <c>context</c> (ancestors and descendants) of every new
/// status (of the boosted status for a boost), and optionally <c>GET /api/v2/search</c> for statuses mentioning the
/// account. Ids are opaque strings (numeric on Mastodon, ULIDs on GoToSocial); the newest is the longest, then the
/// greatest (<see cref="Ids"/>), which orders both.
/// </summary>
internal static class MastodonClient
{
    private const int PageSize = 40;

    public static async Task PullAsync(PullSession session, CancellationToken cancellationToken)
    {
        var handle = session.Handle.Handle.Trim().TrimStart('@');
        var at = handle.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == handle.Length - 1)
        {
            session.Issues.Add($"mastodon: the handle '{handle}' of brand '{session.Brand.Id}' names no instance; write it as user@instance in the registry. Skipped.");
            return;
        }

        var (user, instance) = (handle[..at], handle[(at + 1)..]);
        var baseUrl = session.Options.MastodonBaseUrl ?? new Uri($"https://{instance}/");
        var token = session.Credentials.MastodonToken;

        using var account = await session.GetAsync("lookup", "/api/v1/accounts/lookup", ApiUrl.Build(baseUrl, "api/v1/accounts/lookup", ("acct", user)), token, cancellationToken, holdsPosts: false).ConfigureAwait(false);
        if (account is null)
        {
            return;
        }

        if (JsonRecords.String(account.RootElement, "id") is not { } accountId)
        {
            session.Unexpected("/api/v1/accounts/lookup", "no account id");
            return;
        }

        var fresh = await PagedAsync(session, "statuses", "/api/v1/accounts/{id}/statuses", baseUrl, $"api/v1/accounts/{Uri.EscapeDataString(accountId)}/statuses",
            [("limit", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("exclude_replies", "false")], root => root, token, cancellationToken).ConfigureAwait(false);

        var failures = session.TransientFailures;
        foreach (var id in fresh.Take(session.Options.MaxThreads))
        {
            using var context = await session.GetAsync("context", "/api/v1/statuses/{id}/context", ApiUrl.Build(baseUrl, $"api/v1/statuses/{Uri.EscapeDataString(id)}/context"), token, cancellationToken).ConfigureAwait(false);
        }

        if (session.TransientFailures > failures)
        {
            session.Retract("statuses", "/api/v1/accounts/{id}/statuses");
        }

        if (fresh.Count > session.Options.MaxThreads)
        {
            session.Issues.Add($"mastodon /api/v1/statuses/{{id}}/context: {fresh.Count - session.Options.MaxThreads} new status(es) over the thread bound ({session.Options.MaxThreads}) were not expanded; raise --max-threads to follow them.");
        }

        if (session.Options.MastodonSearch)
        {
            await PagedAsync(session, "search", "/api/v2/search", baseUrl, "api/v2/search",
                [("q", $"@{user}@{instance}"), ("type", "statuses"), ("resolve", "false"), ("limit", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                root => JsonRecords.Child(root, "statuses"), token, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Pages newest-first with <c>max_id</c> down to the checkpoint (<c>since_id</c>) or the since time; returns the ids of
    /// the statuses seen. Advances the endpoint's checkpoint to the newest id only when it got to the end.
    /// </summary>
    private static async Task<List<string>> PagedAsync(
        PullSession session, string endpoint, string apiPath, Uri baseUrl, string path, (string, string)[] query,
        Func<JsonElement, JsonElement?> items, string? token, CancellationToken cancellationToken)
    {
        var seen = new List<string>();
        var checkpoint = session.Checkpoint(endpoint)?.LastId;
        string? newest = null;
        string? maxId = null;
        var complete = false;
        for (var page = 0; page < session.Options.MaxPages && !complete; page++)
        {
            var parameters = query.ToList();
            if (checkpoint is not null)
            {
                parameters.Add(("since_id", checkpoint));
            }

            if (maxId is not null)
            {
                parameters.Add(("max_id", maxId));
            }

            string? linkMaxId = null;
            using var document = await session.GetAsync(endpoint, apiPath, ApiUrl.Build(baseUrl, path, [.. parameters]), token, cancellationToken,
                nextLink: next => linkMaxId = next is null ? null : LinkHeader.Query(next, "max_id")).ConfigureAwait(false);
            if (document is null)
            {
                return seen;
            }

            if (items(document.RootElement) is not { ValueKind: JsonValueKind.Array } array)
            {
                session.Unexpected(apiPath, "no array of statuses");
                return seen;
            }

            if (array.GetArrayLength() == 0)
            {
                complete = true;
                break;
            }

            foreach (var status in array.EnumerateArray())
            {
                var id = JsonRecords.String(status, "id");
                if (id is null || !JsonRecords.IsToken(id))
                {
                    continue; // counted as a rejected record when the page is ingested
                }

                if (checkpoint is not null && !Ids.Newer(id, checkpoint))
                {
                    complete = true;
                    continue;
                }

                if (JsonRecords.TryParseTime(JsonRecords.String(status, "created_at"), out var created) && created < session.Options.Since)
                {
                    complete = true;
                    continue;
                }

                // A boost's thread is the boosted status's: its context is asked for under that status's id.
                var reblogId = JsonRecords.Child(status, "reblog") is { ValueKind: JsonValueKind.Object } reblog ? JsonRecords.String(reblog, "id") : null;
                seen.Add(reblogId is not null && JsonRecords.IsToken(reblogId) ? reblogId : id);
                if (Ids.Newer(id, newest))
                {
                    newest = id;
                }

                if (maxId is null || !Ids.Newer(id, maxId))
                {
                    maxId = id;
                }
            }

            if (!complete && maxId is null)
            {
                complete = true; // a page of records without usable ids: nothing further can be paged
            }

            // The server's own cursor (Link rel="next") wins over the smallest id seen: ids are opaque strings.
            if (!complete && linkMaxId is { Length: > 0 })
            {
                maxId = linkMaxId;
            }
        }

        if (complete)
        {
            if (newest is not null)
            {
                session.Advance(endpoint, newest, null);
            }
        }
        else
        {
            session.Truncated = true;
            session.Issues.Add($"mastodon {apiPath}: stopped at the page bound ({session.Options.MaxPages} pages) before reaching the checkpoint or the since time; the checkpoint was not advanced. Rerun with a larger --max-pages.");
        }

        return seen;
    }
}
