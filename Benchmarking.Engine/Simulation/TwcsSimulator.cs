using System.Globalization;
using System.Text;

namespace Benchmarking.Engine.Simulation;

/// <summary>
/// A seeded, streaming generator of TWCS-format customer-care data with known ground truth, for checking that the
/// engine recovers what was put in. The same options always give byte-identical output.
/// </summary>
/// <remarks>
/// <para>Brands (<see cref="Brands"/>) are drawn from the option ranges with <c>Random(Seed)</c>: industry round-robin,
/// response rate uniform, median first response log-uniform, sigma uniform, mention share Zipf-like over a random
/// volume rank.</para>
/// <para>Volume: for every hour of the mention period each brand gets Poisson(λ) new conversations, λ shaped by a UTC
/// hour-of-day curve, a day-of-week curve (weekends lower) and incident days (one brand, 3–10× volume). Within the hour
/// conversations start in time order; each is written as a block of consecutive ids: mention, brand reply, customer
/// follow-up (replying to the reply), brand reply… so ids increase through the file while created_at does not (as in
/// TWCS, whose rows are grouped by conversation).</para>
/// <para>Ground truth matches methodology v1 exactly: a mention is answered with probability <c>ResponseRate</c> by one
/// reply whose delay is log-normal(Mu, Sigma) truncated at the answer window; otherwise it gets no reply or, with
/// <c>LateReplyShare</c>, a reply after the window (unanswered). Mentions stop <c>AnswerWindow + HorizonMargin</c>
/// before the end and every brand posts a closing broadcast one second before it, so the engine's as-of time is that
/// second and no mention is pending.</para>
/// <para>Dirt rows (rate <c>DirtRate</c> per post) follow the conversation they copy from and are extra rows: exact
/// duplicates, duplicate ids with different text, timestamps without offset, ids in spreadsheet notation and empty
/// authors. The engine rejects each with one reason and the truth is unaffected.</para>
/// </remarks>
public sealed class TwcsSimulator
{
    /// <summary>Write buffer of the CSV file.</summary>
    public const int BufferSize = 1 << 20;

    /// <summary>Validates the options and draws the brands.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public TwcsSimulator(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        Options = options;
        Brands = CreateBrands(options);
    }

    /// <summary>
    /// Uses the given brands and their true parameters instead of drawing them (a scenario with fixed figures); the
    /// option ranges for brand parameters and <see cref="SimulationOptions.Brands"/> are then not used.
    /// </summary>
    /// <exception cref="ArgumentException">The options or the brands are invalid; the message lists every problem.</exception>
    internal TwcsSimulator(SimulationOptions options, IReadOnlyList<SimulatedBrand> brands)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(brands);
        var problems = options.Validate().Concat(ValidateBrands(options, brands)).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(brands));
        }

        Options = options;
        Brands = [.. brands];
    }

    /// <summary>The options.</summary>
    public SimulationOptions Options { get; }

    /// <summary>The <c>$comment</c> of the registry file written by <see cref="WriteFiles"/>; null for the default.</summary>
    public string? RegistryComment { get; init; }

    /// <summary>Lists every problem with fixed brands for these options; empty when they can be simulated.</summary>
    internal static IReadOnlyList<string> ValidateBrands(SimulationOptions options, IReadOnlyList<SimulatedBrand> brands)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(brands);
        var problems = new List<string>();
        if (brands.Count == 0)
        {
            problems.Add("at least one brand is needed");
        }

        foreach (var id in brands.GroupBy(b => b.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"brand id '{id}' is used more than once");
        }

        foreach (var handle in brands.GroupBy(b => b.Handle, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"handle '{handle}' is used more than once");
        }

        foreach (var b in brands)
        {
            if (!options.Industries.Contains(b.Industry, StringComparer.Ordinal))
            {
                problems.Add($"{b.Id}: industry '{b.Industry}' is not one of the options' industries");
            }

            if (b.ResponseRate is not (>= 0 and <= 1))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{b.Id}: response rate must be between 0 and 1 (was {b.ResponseRate})"));
            }

            if (!(b.Sigma > 0 && b.Sigma <= 4) || !double.IsFinite(b.Mu))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{b.Id}: needs a finite mu and 0 < sigma ≤ 4 (mu {b.Mu}, sigma {b.Sigma})"));
            }
            else if (b.MedianSeconds >= options.AnswerWindow.TotalSeconds)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{b.Id}: the median response exp(mu) = {b.MedianSeconds:0} s must be below the answer window"));
            }

            if (!(b.MentionWeight > 0) || b.SignOffShare is not (>= 0 and <= 1))
            {
                problems.Add($"{b.Id}: mention weight must be positive and sign-off share between 0 and 1");
            }
        }

        var total = brands.Sum(b => b.MentionWeight);
        if (brands.Count > 0 && Math.Abs(total - 1) > 1e-9)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"mention weights must sum to 1 (they sum to {total})"));
        }

        return problems;
    }

    /// <summary>The simulated brands, in generation order.</summary>
    internal IReadOnlyList<SimulatedBrand> Brands { get; }

    /// <summary>Draws the brands and their true parameters from <c>Random(Seed)</c>.</summary>
    internal static IReadOnlyList<SimulatedBrand> CreateBrands(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new SimRandom(options.Seed);
        var perIndustry = new Dictionary<string, int>(StringComparer.Ordinal);
        var drafts = new List<SimulatedBrand>(options.Brands);
        var logMin = Math.Log(options.MedianResponseMin.TotalSeconds);
        var logMax = Math.Log(options.MedianResponseMax.TotalSeconds);
        for (var i = 0; i < options.Brands; i++)
        {
            var industry = options.Industries[i % options.Industries.Count];
            var ordinal = perIndustry.GetValueOrDefault(industry);
            perIndustry[industry] = ordinal + 1;
            var (id, handle, name) = BrandNames.For(industry, ordinal);
            var rate = random.Uniform(options.ResponseRateMin, options.ResponseRateMax);
            var mu = random.Uniform(logMin, logMax);
            var sigma = random.Uniform(options.SigmaMin, options.SigmaMax);
            var signOff = random.Chance(0.5) ? random.Uniform(0.6, 1.0) : 0;
            drafts.Add(new SimulatedBrand(id, handle, name, industry, rate, mu, sigma, 0, signOff));
        }

        // Zipf-like shares over a random volume rank, so volume is independent of the other parameters.
        var ranks = Enumerable.Range(1, options.Brands).ToArray();
        for (var i = ranks.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (ranks[i], ranks[j]) = (ranks[j], ranks[i]);
        }

        var raw = ranks.Select(r => 1 / Math.Pow(r, options.ZipfExponent)).ToArray();
        var total = raw.Sum();
        return drafts.Select((b, i) => b with { MentionWeight = raw[i] / total }).ToList();
    }

    /// <summary>
    /// Streams the CSV to <paramref name="output"/> (header included, <c>\n</c> line ends) and returns the ground truth.
    /// Memory is independent of the number of posts. Progress reports the rows written so far.
    /// </summary>
    public SimulationResult Write(TextWriter output, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new SimulationRun(Options, Brands, output, progress).Run(cancellationToken);
    }

    /// <summary>
    /// Writes the CSV (UTF-8 without BOM), the truth file and the brand registry. Each file is written to a temporary
    /// name first and moved into place, so a cancelled run leaves no half-written file.
    /// </summary>
    public SimulationResult WriteFiles(SimulationFiles files, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var folder in new[] { files.Csv, files.Truth, files.Registry }.Select(Path.GetDirectoryName).OfType<string>().Where(f => f.Length > 0))
        {
            Directory.CreateDirectory(folder);
        }

        var result = WriteAtomically(files.Csv, writer => Write(writer, progress, cancellationToken));
        WriteAtomically(files.Truth, writer =>
        {
            TruthFile.Write(writer, result);
            return 0;
        });
        WriteAtomically(files.Registry, writer =>
        {
            SimulatedRegistry.Write(writer, Options, Brands, RegistryComment);
            return 0;
        });
        return result;
    }

    private static T WriteAtomically<T>(string path, Func<TextWriter, T> write)
    {
        var temporary = path + ".tmp";
        try
        {
            T value;
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferSize) { NewLine = "\n" })
            {
                value = write(writer);
            }

            File.Move(temporary, path, overwrite: true);
            return value;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
