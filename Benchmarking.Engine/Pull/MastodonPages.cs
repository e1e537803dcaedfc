using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// Turns landed Mastodon API pages (an account's <c>statuses</c> array, a status <c>context</c> with ancestors and
/// descendants, a <c>search</c> result) into posts.
/// </summary>
/// <remarks>
/// The author is the full account address <c>user@instance</c> (a local <c>acct</c> gets the brand's instance), so the
/// registry lists Mastodon handles in that form. The text is the HTML <c>content</c> as plain text: paragraphs and line
/// breaks kept, tags dropped, entities decoded, and each mention written as the full address it links to
/// (<c>@user@instance</c>), so mentions of a brand are recognised whichever instance the customer is on. Mentions come
/// from the status's <c>mentions</c> (an account the registry lists by id — <c>id@instance</c>, the id being the serving
/// instance's — gives the brand's handle), plus the brand replied to (<c>in_reply_to_account_id</c>) when the customer
/// removed its @mention. A boost is read as the boosted status. The parent is <c>in_reply_to_id</c>; Mastodon has no
/// public conversation id. Ids are opaque strings (GoToSocial's are ULIDs). A status with <c>edited_at</c> is a later
/// version: it replaces the stored text when it is newer. A quote post (<c>quote.quoted_status</c>) is a post of its
/// own (its <c>RE:</c> fallback paragraph dropped); the quoted status is neither its parent nor stored from it.
/// </remarks>
internal static partial class MastodonPages
{
    /// <summary>Reads one page; <paramref name="instance"/> is the host that local accounts belong to.</summary>
    public static IEnumerable<ReadOutcome> Read(LandedPage page, JsonElement root, Func<long> nextRow, BrandRegistry registry, string instance)
    {
        IEnumerable<(string Path, JsonElement Status)> statuses = page.Endpoint switch
        {
            "context" => Indexed(root, "ancestors").Concat(Indexed(root, "descendants")),
            "search" => Indexed(root, "statuses"),
            _ => root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().Select((s, i) => ($"[{i}]", s)) : [],
        };
        var any = false;
        foreach (var (path, status) in statuses)
        {
            any = true;
            yield return Status(page.File, nextRow(), path, status, registry, instance);
        }

        var expected = page.Endpoint switch
        {
            "context" => JsonRecords.Child(root, "ancestors") is not null || JsonRecords.Child(root, "descendants") is not null,
            "search" => JsonRecords.Child(root, "statuses") is not null,
            _ => root.ValueKind == JsonValueKind.Array,
        };
        if (!any && !expected)
        {
            var r = nextRow();
            yield return new ReadOutcome(r, 1, null, new RejectedRow(page.File, r, 1, page.Endpoint, RejectReason.MalformedRecord, "unexpected shape"));
        }
    }

    private static IEnumerable<(string, JsonElement)> Indexed(JsonElement root, string name) =>
        JsonRecords.Array(root, name).Select((s, i) => ($"{name}[{i}]", s));

    private static ReadOutcome Status(string file, long row, string path, JsonElement status, BrandRegistry registry, string instance)
    {
        ReadOutcome Reject(string field, RejectReason reason, string value = "") =>
            new(row, 1, null, new RejectedRow(file, row, 1, path + field, reason, value));

        if (status.ValueKind != JsonValueKind.Object)
        {
            return Reject(string.Empty, RejectReason.MalformedRecord, "not an object");
        }

        if (JsonRecords.Child(status, "reblog") is { ValueKind: JsonValueKind.Object } reblog)
        {
            status = reblog;
            path += ".reblog";
        }

        var id = JsonRecords.String(status, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return Reject(".id", RejectReason.MissingId);
        }

        if (!JsonRecords.IsToken(id))
        {
            return Reject(".id", RejectReason.MalformedRecord, JsonRecords.Clip(id));
        }

        var account = JsonRecords.Child(status, "account");
        var acct = account is { } a ? JsonRecords.String(a, "acct") : null;
        if (string.IsNullOrWhiteSpace(acct))
        {
            return Reject(".account.acct", RejectReason.EmptyAuthor);
        }

        var createdAt = JsonRecords.String(status, "created_at");
        if (!JsonRecords.TryParseTime(createdAt, out var created))
        {
            return Reject(".created_at", RejectReason.BadTimestamp, JsonRecords.Clip(createdAt));
        }

        if (JsonRecords.String(status, "content") is not { } content)
        {
            return Reject(".content", RejectReason.MalformedRecord);
        }

        var parent = JsonRecords.String(status, "in_reply_to_id");
        if (parent is not null && !JsonRecords.IsToken(parent))
        {
            return Reject(".in_reply_to_id", RejectReason.MalformedRecord, JsonRecords.Clip(parent));
        }

        DateTimeOffset? editedAt = null;
        if (JsonRecords.TryParseTime(JsonRecords.String(status, "edited_at"), out var edited))
        {
            editedAt = edited;
        }

        var author = FullAddress(acct, instance);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        var mentioned = new List<string>();
        foreach (var mention in JsonRecords.Array(status, "mentions"))
        {
            if (JsonRecords.String(mention, "acct") is not { } mentionAcct)
            {
                continue;
            }

            var address = FullAddress(mentionAcct, instance);
            if (JsonRecords.String(mention, "url") is { } url)
            {
                links.TryAdd(url, address);
            }

            var brandHandle = JsonRecords.String(mention, "id") is { } mentionId ? BrandHandle(registry, AccountId(mentionId, instance)) : null;
            mentioned.Add((brandHandle ?? address).ToLowerInvariant());
        }

        // A reply to a brand's status is addressed to the brand even if the customer deleted the @mention.
        if (JsonRecords.String(status, "in_reply_to_account_id") is { } repliedTo
            && BrandHandle(registry, AccountId(repliedTo, instance)) is { } repliedBrand
            && !mentioned.Contains(repliedBrand.ToLowerInvariant()))
        {
            mentioned.Add(repliedBrand.ToLowerInvariant());
        }

        var text = PlainText(content, links);
        var authorId = account is { } owner && JsonRecords.String(owner, "id") is { } accountId ? AccountId(accountId, instance) : null;
        var brand = (authorId is not null ? registry.FindByAccountId(Platform.Mastodon, authorId) : null) ?? registry.FindByHandle(Platform.Mastodon, author);
        return new ReadOutcome(row, 1, new Post(Platform.Mastodon, id, author, brand?.Id, created, text, parent, null, null)
        {
            AuthorId = authorId,
            Mentions = JsonRecords.Child(status, "mentions") is { ValueKind: JsonValueKind.Array } ? mentioned : null,
            EditedAt = editedAt,
        }, null);
    }

    /// <summary>An account id as the registry lists it: the id on the instance that served it, with that instance.</summary>
    private static string AccountId(string id, string instance) => $"{id}@{instance.ToLowerInvariant()}";

    private static string? BrandHandle(BrandRegistry registry, string accountId) => registry.HandleOfAccount(Platform.Mastodon, accountId);

    /// <summary><c>user</c> → <c>user@instance</c>; <c>user@other</c> stays.</summary>
    internal static string FullAddress(string acct, string instance)
    {
        var a = acct.Trim().TrimStart('@');
        return a.Contains('@', StringComparison.Ordinal) ? a : $"{a}@{instance}";
    }

    /// <summary>The plain text of Mastodon's HTML <c>content</c>, with mention links written as full addresses.</summary>
    internal static string PlainText(string html, IReadOnlyDictionary<string, string> mentions)
    {
        // A quote post's "RE: <link>" paragraph is a fallback for clients without quotes, not the author's words.
        html = QuoteInline().Replace(html, string.Empty);
        var withMentions = MentionLink().Replace(html, m =>
            mentions.TryGetValue(WebUtility.HtmlDecode(m.Groups["href"].Value), out var address) ? "@" + address : m.Value);
        var text = new StringBuilder(withMentions)
            .Replace("<br>", "\n").Replace("<br/>", "\n").Replace("<br />", "\n")
            .Replace("</p><p>", "\n\n")
            .ToString();
        return WebUtility.HtmlDecode(Tag().Replace(text, string.Empty)).Trim();
    }

    [GeneratedRegex("""<a\s[^>]*href="(?<href>[^"]*)"[^>]*>@.*?</a>""", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex MentionLink();

    [GeneratedRegex("""<p\s[^>]*class="quote-inline"[^>]*>.*?</p>""", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex QuoteInline();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
