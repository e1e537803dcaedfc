using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Registry;

/// <summary>One account of a brand on one platform (handle without the leading <c>@</c>).</summary>
public sealed record BrandHandle(Platform Platform, string Handle);
