using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Registry;

/// <summary>A brand being benchmarked: a company's public care presence, possibly with several handles.</summary>
/// <param name="Id">Stable registry id (lower-case letters, digits and hyphens).</param>
/// <param name="Name">Display name.</param>
/// <param name="Industry">Industry the brand is ranked in.</param>
/// <param name="Handles">Handles per platform; a post from any of them is the brand's.</param>
public sealed record Brand(string Id, string Name, string Industry, IReadOnlyList<BrandHandle> Handles)
{
    /// <summary>
    /// Stable account ids per platform (<c>"ids"</c> in the registry file), matched before the handles so a renamed
    /// account stays the brand's; empty when the registry lists handles only.
    /// </summary>
    public IReadOnlyList<BrandAccountId> AccountIds { get; init; } = [];
}
