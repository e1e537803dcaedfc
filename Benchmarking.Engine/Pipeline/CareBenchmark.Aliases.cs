using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;

namespace Benchmarking.Engine.Pipeline;

/// <summary>Hidden brand aliases (methodology v4): suggestions from the store's reply structure.</summary>
public sealed partial class CareBenchmark
{
    /// <summary>
    /// Handles mentioned in customer posts that one brand answers far more often than chance: candidates for the
    /// registry's <c>aliases</c>, with their evidence (counts and post ids, no post text). Reads the store only.
    /// </summary>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public IReadOnlyList<AliasSuggestion> SuggestAliases(AliasSuggestionOptions? options = null)
    {
        options ??= new AliasSuggestionOptions();
        ThrowIfInvalid(options.Validate(), nameof(options));
        return AliasCandidates.Find(warehouse, options);
    }
}
