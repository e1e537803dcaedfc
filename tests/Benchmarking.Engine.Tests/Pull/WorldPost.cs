namespace Benchmarking.Engine.Tests.Pull;

/// <summary>One post of the <see cref="PullWorld"/>, platform-neutral; each fake API renders it in its own shape.</summary>
/// <param name="Id">Numeric id, increasing with time (as X and Mastodon ids do).</param>
/// <param name="Author">Local name: a brand key (<c>acme</c>) or a customer (<c>cust3</c>).</param>
/// <param name="Brand">The brand key when the author is a brand.</param>
/// <param name="CreatedAt">Publication time (UTC).</param>
/// <param name="Mentions">The brand key this post @-mentions at its start, or null.</param>
/// <param name="Body">The text after the mention.</param>
/// <param name="ParentId">Id of the post this one replies to, or null.</param>
/// <param name="Deleted">Deleted: the APIs no longer serve it.</param>
public sealed record WorldPost(long Id, string Author, string? Brand, DateTimeOffset CreatedAt, string? Mentions, string Body, long? ParentId, bool Deleted);
