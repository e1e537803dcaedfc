using System.Text.Json.Nodes;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Pull;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>The Mastodon page reader on real server answers published by others (see <c>Fixtures/SOURCES.md</c>).</summary>
public sealed class MastodonRealPayloadTests
{
    private const string Instance = "localhost";

    private static string Fixture(string name) => PayloadStore.Fixture("mastodon", name);

    [Fact]
    public void A_page_of_statuses_and_an_empty_context_are_read_with_exact_accounting()
    {
        using var store = new PayloadStore();

        var summary = store.IngestPages(Platform.Mastodon, Instance,
            ("statuses", Fixture("mastodonpy-account-statuses-page.json")),
            ("context", Fixture("mastodonpy-status-context.json")));

        Assert.Equal((5L, 5L, 0L), (summary.Read, summary.Accepted, summary.Rejected));
        Assert.Equal(["Toot number 5!", "Toot number 6!", "Toot number 7!", "Toot number 8!", "Toot number 9!"], store.Column("text"));
        Assert.All(store.Column("author || '|' || author_account_id"), a => Assert.Equal("mastodonpy_test@localhost|117020565966271181@localhost", a));
    }

    [Fact]
    public void Paging_follows_the_link_header_the_server_sent()
    {
        // The Link header recorded with the page above.
        const string header = "<http://localhost:3000/api/v1/accounts/117020565966271181/statuses?limit=5&max_id=117020580489281910>; rel=\"next\", <http://localhost:3000/api/v1/accounts/117020565966271181/statuses?limit=5&min_id=117020580518794573>; rel=\"prev\"";

        var next = LinkHeader.Next(header);

        Assert.NotNull(next);
        Assert.Equal("117020580489281910", LinkHeader.Query(next, "max_id"));
        Assert.Null(LinkHeader.Next("<http://localhost:3000/x?min_id=1>; rel=\"prev\""));
    }

    [Fact]
    public void An_edit_replaces_the_stored_text()
    {
        using var store = new PayloadStore();

        var before = store.IngestPages(Platform.Mastodon, Instance, ("statuses", Fixture("mastodonpy-status-before-edit.json")));
        var after = store.IngestPages(Platform.Mastodon, Instance, ("statuses", Fixture("mastodonpy-status-after-edit.json")));

        Assert.Equal((1L, 1L), (before.Read, before.NewPosts));
        Assert.Equal((1L, 1L, 0L, 0L), (after.Read, after.Edited, after.NewPosts, after.Rejected));
        Assert.Equal(["117020586180926938|the best editor? why, of course it is the KDE Advanced Text Editor, Kate|2026-08-01 13:54:00.695"], store.Column("concat_ws('|', post_id, text, edited_at)"));
    }

    [Fact]
    public void A_boost_is_read_as_the_boosted_status()
    {
        using var store = new PayloadStore();

        var summary = store.IngestPages(Platform.Mastodon, Instance, ("statuses", Fixture("mastodonpy-boost.json")));

        Assert.Equal((1L, 1L), (summary.Read, summary.Accepted));
        Assert.Equal(["117020586019094258|mastodonpy_test@localhost|Toot!"], store.Column("concat_ws('|', post_id, author, text)"));
    }

    [Fact]
    public void A_quote_reply_links_to_the_status_it_replies_to_not_the_quoted_one()
    {
        using var store = new PayloadStore();

        store.IngestPages(Platform.Mastodon, Instance, ("statuses", Fixture("mastodonpy-reply-with-quote.json")));

        Assert.Equal(["117020583142008690|117020583129611179|@mastodonpy_test@localhost yoooo check this out|[mastodonpy_test@localhost]"], store.Column("concat_ws('|', post_id, in_reply_to_id, text, CAST(mentions AS VARCHAR))"));
    }

    [Fact]
    public void Accounts_and_the_account_replied_to_are_matched_by_id_and_instance()
    {
        // The brand is listed under a new handle and by its account id on this instance.
        var registry = BrandRegistry.Create(
            [new Brand("mpy", "Mastodon.py", "tech", [new BrandHandle(Platform.Mastodon, "renamed@localhost")]) { AccountIds = [new BrandAccountId(Platform.Mastodon, "117020566092212359@localhost")] }],
            ["tech"]);
        using var store = new PayloadStore(registry);

        store.IngestPages(Platform.Mastodon, Instance,
            ("statuses", Fixture("mastodonpy-reply-with-mention.json")),
            ("statuses", Fixture("mastodonpy-status-after-edit.json")));

        // admin replies to mastodonpy_test_2 (the brand, by id): the mention is the brand's handle; the brand's own status is the brand's.
        Assert.Equal(
            ["117020583258292382|admin@localhost|-|[renamed@localhost]", "117020586180926938|mastodonpy_test_2@localhost|mpy|-"],
            store.Column("concat_ws('|', post_id, author, coalesce(brand_id, '-'), coalesce(CAST(mentions AS VARCHAR), '-'))"));
    }

    [Fact]
    public void A_status_with_a_non_numeric_id_is_accepted()
    {
        // No redistributable GoToSocial answer was found (SOURCES.md): the real status above with its ids replaced by ULIDs.
        var page = JsonNode.Parse(File.ReadAllText(Fixture("mastodonpy-reply-with-mention.json")))!;
        page[0]!["id"] = "01HE7XJ1CG84TBKH5V9XKBVGF5";
        page[0]!["in_reply_to_id"] = "01F8MH75CBF9JFX4ZAD54N0W0R";
        using var store = new PayloadStore();

        var summary = store.IngestPages(Platform.Mastodon, Instance, ("statuses", store.Derived("ulid.json", page)));

        Assert.Equal((1L, 1L, 0L), (summary.Read, summary.Accepted, summary.Rejected));
        Assert.Equal(["01HE7XJ1CG84TBKH5V9XKBVGF5|01F8MH75CBF9JFX4ZAD54N0W0R"], store.Column("post_id || '|' || in_reply_to_id"));
        Assert.True(Ids.Newer("01HE7XJ1CG84TBKH5V9XKBVGF5", "01F8MH75CBF9JFX4ZAD54N0W0R"));
    }
}
