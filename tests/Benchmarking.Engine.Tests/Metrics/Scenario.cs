using System.Globalization;
using System.Text;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Tests.Reference;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Metrics;

/// <summary>
/// A tiny hand-built TWCS file (published layout, <c>Tue Oct 31 12:00:00 +0000 2017</c> timestamps) against a
/// two-brand registry: Acme with two handles (<c>AcmeHelp</c>, <c>AcmeCare</c>) and Globex (<c>GlobexSupport</c>).
/// <c>Evaluate</c> runs it through the engine and through the reference implementation and insists they agree,
/// so every specification case is also a cross-check.
/// </summary>
internal sealed class Scenario
{
    public static readonly DateTime T0 = new(2017, 10, 31, 12, 0, 0, DateTimeKind.Utc);

    public static readonly BrandRegistry Registry = BrandRegistry.Create(
    [
        new Brand("acme", "Acme", "retail", [new BrandHandle(Platform.Twitter, "AcmeHelp"), new BrandHandle(Platform.Twitter, "AcmeCare")]),
        new Brand("globex", "Globex", "retail", [new BrandHandle(Platform.Twitter, "GlobexSupport")]),
    ]);

    private readonly StringBuilder csv = new("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n");
    private long nextId = 1000;
    private long nextCustomer = 115712;

    /// <summary>A customer post at T0 + <paramref name="seconds"/>; returns its id.</summary>
    public string Customer(string text, double seconds = 0, string? replyTo = null, string? author = null) =>
        Add(author ?? (nextCustomer++).ToString(CultureInfo.InvariantCulture), true, seconds, text, replyTo);

    /// <summary>A post by a handle (any author, registered or not) marked outbound; returns its id.</summary>
    public string Brand(string handle, double seconds, string? replyTo = null, string text = "Sorry to hear that, please DM us.") =>
        Add(handle, false, seconds, text, replyTo);

    /// <summary>Mentions of Acme answered after each of <paramref name="responseSeconds"/>, spaced a day apart.</summary>
    public Scenario AnsweredAfter(params double[] responseSeconds)
    {
        for (var i = 0; i < responseSeconds.Length; i++)
        {
            var at = i * 86400.0 * 4;
            var mention = Customer("@AcmeHelp where is my parcel", at);
            Brand("AcmeHelp", at + responseSeconds[i], mention);
        }

        return this;
    }

    /// <summary>Engine metrics per brand id (brands with mentions only), after checking the reference agrees.</summary>
    public IReadOnlyDictionary<string, BrandMetrics> Evaluate(MetricsOptions? options = null)
    {
        options ??= new MetricsOptions();
        using var temp = new TempDir();
        var file = Write(temp.File("scenario.csv"));
        using var engine = new EngineRun(Registry, file);
        Assert.Equal(0, engine.Ingests[0].Rejected);
        var actual = engine.Metrics(options);
        Agreement.Equal(ReferenceMetrics.Compute(ReferenceTwcsFile.Read(file).Posts, Registry, options), actual, "scenario");
        return actual.ToDictionary(m => m.BrandId, StringComparer.Ordinal);
    }

    /// <summary>The one brand's metrics; fails when it has no mention.</summary>
    public BrandMetrics Evaluate(string brandId, MetricsOptions? options = null) =>
        Evaluate(options).TryGetValue(brandId, out var metrics) ? metrics : throw new Xunit.Sdk.XunitException($"no metrics for '{brandId}' (no mentions)");

    /// <summary>Writes the file and returns its path.</summary>
    public string Write(string path)
    {
        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(false));
        return path;
    }

    public static DateTimeOffset At(double seconds) => new(T0.AddSeconds(seconds), TimeSpan.Zero);

    private string Add(string author, bool inbound, double seconds, string text, string? replyTo)
    {
        var id = (nextId++).ToString(CultureInfo.InvariantCulture);
        var created = TwcsCsv.Time(T0.AddSeconds(seconds));
        var quoted = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        csv.Append(CultureInfo.InvariantCulture, $"{id},{author},{(inbound ? "True" : "False")},{created},{quoted},,{replyTo}\n");
        return id;
    }
}
