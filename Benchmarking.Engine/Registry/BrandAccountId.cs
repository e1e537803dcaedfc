using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Registry;

/// <summary>
/// The stable id of one account of a brand on one platform, which survives a change of handle: the X user id
/// (digits), the Bluesky DID (<c>did:plc:…</c>), or the Mastodon account id with its instance (<c>109…@mastodon.social</c>,
/// since an account id is only unique on its own server).
/// </summary>
public sealed record BrandAccountId(Platform Platform, string Id);
