using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Pull;

/// <summary>Progress of a pull, reported through <see cref="IProgress{T}"/> after every landed page and when a brand is done.</summary>
/// <param name="BrandId">The brand being pulled.</param>
/// <param name="Platform">The platform being pulled.</param>
/// <param name="Endpoint">The endpoint of the last landed page, or empty when a brand starts or is done.</param>
/// <param name="Pages">Pages landed so far for this brand on this platform.</param>
/// <param name="Step">1-based position of this brand × platform in the run.</param>
/// <param name="Steps">Brand × platform pulls in the run.</param>
/// <param name="Done">True when this brand × platform is ingested.</param>
public readonly record struct PullProgress(string BrandId, Platform Platform, string Endpoint, int Pages, int Step, int Steps, bool Done);
