using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// The author strings of a file and the brand each author is, found from the record's span: an author writes many posts
/// (a brand thousands), so a reader makes one string and one registry lookup per author instead of one per post. The
/// answer is the registry's own (<see cref="BrandRegistry.FindByHandle"/>), so caching it changes nothing.
/// </summary>
internal sealed class AuthorCache
{
    /// <summary>
    /// Authors remembered at most; the cache is emptied when full, so memory stays flat on a file with millions of
    /// customers, and the brands, which write most posts, are back in it at once.
    /// </summary>
    public const int Capacity = 1 << 16;

    private readonly BrandRegistry registry;
    private readonly Platform platform;
    private readonly Dictionary<string, (string Handle, string? BrandId)> known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Handle, string? BrandId)>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public AuthorCache(BrandRegistry registry, Platform platform)
    {
        ArgumentNullException.ThrowIfNull(registry);
        this.registry = registry;
        this.platform = platform;
        bySpan = known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The author as a string and the id of the brand it is (null for a customer).</summary>
    public (string Handle, string? BrandId) Find(ReadOnlySpan<char> author)
    {
        if (bySpan.TryGetValue(author, out var found))
        {
            return found;
        }

        if (known.Count >= Capacity)
        {
            known.Clear();
        }

        var handle = author.ToString();
        found = (handle, registry.FindByHandle(platform, handle)?.Id);
        known.Add(handle, found);
        return found;
    }
}
