namespace Benchmarking.Engine.Text;

/// <summary>
/// Posts held in memory with the shipped text analysis loaded, to run the whole per-post pass that <c>run</c> and
/// <c>quality</c> make (sentiment on customer posts, intents, themes, reply templates, deflection, hedging) without a
/// store: what a throughput measurement times. Build one with <see cref="Prepare"/>; <see cref="Analyze"/> may run
/// any number of times and gives the same features each time.
/// </summary>
public sealed class TextAnalysisBatch
{
    private readonly TextAnalyzer analyzer;
    private readonly PostText[] posts;

    private TextAnalysisBatch(TextAnalyzer analyzer, PostText[] posts)
    {
        this.analyzer = analyzer;
        this.posts = posts;
    }

    /// <summary>How many posts the batch holds.</summary>
    public int Count => posts.Length;

    /// <summary>Loads the model and rules named by <paramref name="options"/> and holds <paramref name="posts"/> (whether a brand wrote each, and its text).</summary>
    /// <exception cref="TextModelException">The model or the rules cannot be loaded.</exception>
    public static TextAnalysisBatch Prepare(TextQualityOptions options, IEnumerable<(bool IsBrand, string Text)> posts)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(posts);
        var held = posts.Select((p, i) => new PostText("batch", i.ToString(System.Globalization.CultureInfo.InvariantCulture), p.IsBrand, p.Text)).ToArray();
        return new TextAnalysisBatch(TextQuality.LoadAnalyzer(options), held);
    }

    /// <summary>Analyses every post on all cores; returns how many were analysed.</summary>
    public int Analyze() => analyzer.Analyze(posts).Length;
}
