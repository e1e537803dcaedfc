using System.Globalization;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Ingest;

public sealed class AuthorCacheTests
{
    public sealed class Find
    {
        [Fact]
        public void Gives_the_registry_s_brand_for_every_author_before_and_after_the_cache_is_emptied()
        {
            var cache = new AuthorCache(Registries.Shipped, Platform.Twitter);
            var authors = new[] { "sprintcare", "SprintCare", "115712", "AppleSupport" };
            for (var i = 0; i < AuthorCache.Capacity + 10; i++)
            {
                var author = i % 3 == 0 ? authors[i / 3 % authors.Length] : i.ToString(CultureInfo.InvariantCulture);
                var (handle, brand) = cache.Find(author.AsSpan());

                Assert.Equal(author, handle);
                Assert.Equal(Registries.Shipped.FindByHandle(Platform.Twitter, author)?.Id, brand);
            }

            Assert.Equal("sprint", cache.Find("SprintCare").BrandId);
            Assert.Same(cache.Find("AppleSupport").Handle, cache.Find("AppleSupport".AsSpan()).Handle);
        }
    }
}
