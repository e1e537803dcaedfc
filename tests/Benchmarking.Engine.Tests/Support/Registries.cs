using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Tests.Support;

/// <summary>Brand registries for tests.</summary>
public static class Registries
{
    private static readonly Lazy<BrandRegistry> ShippedRegistry = new(() => BrandRegistry.Load(TestPaths.BrandsJson));

    /// <summary>The shipped <c>data/brands.json</c>, loaded once.</summary>
    public static BrandRegistry Shipped => ShippedRegistry.Value;
}
