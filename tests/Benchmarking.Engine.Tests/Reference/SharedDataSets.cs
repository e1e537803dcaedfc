using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Reference;

/// <summary>
/// The three raw TWCS files in <c>../shared/data</c>, each ingested once into its own engine store and read once by the
/// reference reader, shared by the cross-check tests of a class.
/// </summary>
public sealed class SharedDataSets : IDisposable
{
    public static readonly string[] DataSetNames = ["twcs-head-5000", "twcs-kaggle-sample", "twcs-random-5000"];

    public static readonly TheoryData<string> Names = new(DataSetNames);

    private static readonly Dictionary<string, string[]> Paths = new(StringComparer.Ordinal)
    {
        ["twcs-head-5000"] = ["twcs-head-5000", "twcs.csv"],
        ["twcs-kaggle-sample"] = ["twcs-kaggle-sample", "sample.csv"],
        ["twcs-random-5000"] = ["twcs-random-5000", "twcs_small.csv"],
    };

    private readonly Dictionary<string, Lazy<(EngineRun Engine, ReferenceTwcsFile Reference)>> sets;

    public SharedDataSets()
    {
        Registry = BrandRegistry.Load(TestPaths.BrandsJson);
        sets = Paths.ToDictionary(
            p => p.Key,
            p => new Lazy<(EngineRun, ReferenceTwcsFile)>(() =>
            {
                var file = TestPaths.SharedData(p.Value);
                return (new EngineRun(Registry, file), ReferenceTwcsFile.Read(file));
            }),
            StringComparer.Ordinal);
    }

    internal BrandRegistry Registry { get; }

    internal (EngineRun Engine, ReferenceTwcsFile Reference) this[string name] => sets[name].Value;

    /// <summary>
    /// Named option sets: the defaults, a short window (more unanswered), a period cut from the data's own 25th–75th
    /// percentile of post times, and that period with a 1 h window and an as-of 30 min after its end (pending mentions).
    /// </summary>
    internal MetricsOptions Options(string name, string variant)
    {
        var times = this[name].Reference.Posts.Select(p => p.CreatedUtc).Order().ToList();
        var from = new DateTimeOffset(times[times.Count / 4], TimeSpan.Zero);
        var to = new DateTimeOffset(times[times.Count * 3 / 4], TimeSpan.Zero);
        return variant switch
        {
            "defaults" => new MetricsOptions(),
            "window-1h" => new MetricsOptions { AnswerWindow = TimeSpan.FromHours(1) },
            "period" => new MetricsOptions { From = from, To = to },
            "period-window-1h-as-of" => new MetricsOptions { From = from, To = to, AnswerWindow = TimeSpan.FromHours(1), AsOf = to.AddMinutes(30) },
            "window-15min-as-of-mid" => new MetricsOptions { AnswerWindow = TimeSpan.FromMinutes(15), AsOf = new DateTimeOffset(times[times.Count / 2], TimeSpan.Zero) },
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
        };
    }

    public void Dispose()
    {
        foreach (var set in sets.Values.Where(s => s.IsValueCreated))
        {
            set.Value.Engine.Dispose();
        }
    }
}
