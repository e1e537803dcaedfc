using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Benchmarking.Engine.Text;

/// <summary>
/// The trained sentiment model: a multinomial logistic regression (trained by ML.NET's SDCA maximum entropy) over the
/// hashed features of <see cref="SentimentFeaturizer"/>, scored here in plain C#: features, one sparse dot product per
/// class plus its bias, softmax. Loaded from a file given by path — never downloaded. Safe to call from several threads.
/// </summary>
/// <remarks>
/// File format (a zip, so the shipped name <c>sentiment-model.zip</c> is kept; <c>docs/text-quality.md</c>):
/// <c>model.json</c> = <c>{"format": "carebench-sentiment", "formatVersion": 2, "featurizer": "cb-hash-4", "bits": b,
/// "classes": ["negative", "neutral", "positive"], "buckets": n, "validation": [{"set", "inDomain", "confusion"}…]}</c>; <c>weights.bin</c> = little-endian: 3 float32
/// biases, then n records of (int32 bucket, 3 float32 weights) in ascending bucket order — the buckets whose weights
/// are not all zero. Entries carry a fixed time stamp, so the same weights give the same bytes.
/// </remarks>
public sealed class SentimentModel
{
    private const string Format = "carebench-sentiment";
    private const int FormatVersion = 2;
    private const string HeaderEntry = "model.json";
    private const string WeightsEntry = "weights.bin";
    private static readonly string[] ClassNames = ["negative", "neutral", "positive"];

    /// <summary>Weights by bucket then class: <c>weights[bucket * 3 + class]</c>.</summary>
    private readonly float[] weights;
    private readonly float[] biases;

    internal SentimentModel(int bits, float[] weights, float[] biases, string? version = null, IReadOnlyList<SentimentValidation>? validation = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 24);
        if (weights.Length != 3 << bits || biases.Length != 3)
        {
            throw new ArgumentException($"expected {3 << bits} weights and 3 biases, got {weights.Length} and {biases.Length}");
        }

        Bits = bits;
        this.weights = weights;
        this.biases = biases;
        Version = version ?? "unsaved";
        Validation = validation ?? [];
    }

    /// <summary>
    /// The model's confusion matrices on the labelled sets it was evaluated on when trained (never trained on), in and
    /// out of its domain: what reports quote as its validated accuracy and what <see cref="ShareEstimator"/> corrects for.
    /// </summary>
    public IReadOnlyList<SentimentValidation> Validation { get; }

    /// <summary>The same weights with these validation results (recorded in the file by <see cref="Save"/>).</summary>
    internal SentimentModel WithValidation(IReadOnlyList<SentimentValidation> validation) => new(Bits, weights, biases, Version, validation);

    /// <summary>Feature vector length is 2^<see cref="Bits"/>.</summary>
    public int Bits { get; }

    /// <summary>The first 12 hex digits of the SHA-256 of the model file: part of the feature version.</summary>
    public string Version { get; }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="TextModelException">The file is missing or is not a CareBench sentiment model of this format.</exception>
    public static SentimentModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new TextModelException($"The sentiment model '{path}' does not exist. Run from the repository folder (the default is data/text/sentiment-model.zip), pass --model, or rebuild it with 'carebench train sentiment'.");
        }

        var bytes = File.ReadAllBytes(path);
        var rebuild = $"Rebuild it with 'carebench train sentiment'.";
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var headerEntry = zip.GetEntry(HeaderEntry) ?? throw new TextModelException($"'{path}' is not a CareBench sentiment model of format {FormatVersion} (no {HeaderEntry}; a model of an older CareBench?). {rebuild}");
            SentimentModelHeader header;
            using (var stream = headerEntry.Open())
            {
                header = JsonSerializer.Deserialize<SentimentModelHeader>(stream) ?? throw new TextModelException($"'{path}': {HeaderEntry} is empty. {rebuild}");
            }

            var problems = new List<string>();
            if (header.Format != Format || header.FormatVersion != FormatVersion)
            {
                problems.Add($"format is '{header.Format}' version {header.FormatVersion}, expected '{Format}' version {FormatVersion}");
            }

            if (header.Featurizer != SentimentFeaturizer.Spec)
            {
                problems.Add($"featurizer is '{header.Featurizer}', this CareBench computes '{SentimentFeaturizer.Spec}'");
            }

            if (header.Bits is < 8 or > 24)
            {
                problems.Add($"bits must be 8–24 (was {header.Bits})");
            }

            if (header.Classes is null || !header.Classes.SequenceEqual(ClassNames))
            {
                problems.Add("classes must be negative, neutral, positive");
            }

            if (problems.Count > 0)
            {
                throw new TextModelException($"'{path}' is not a usable sentiment model: {string.Join("; ", problems)}. {rebuild}");
            }

            var raw = new MemoryStream();
            using (var stream = (zip.GetEntry(WeightsEntry) ?? throw new TextModelException($"'{path}' has no {WeightsEntry}. {rebuild}")).Open())
            {
                stream.CopyTo(raw);
            }

            var data = raw.GetBuffer().AsSpan(0, (int)raw.Length);
            if (header.Buckets < 0 || data.Length != 12 + (16L * header.Buckets))
            {
                throw new TextModelException($"'{path}': {WeightsEntry} has {data.Length} bytes, expected {12 + (16L * header.Buckets)} for {header.Buckets} buckets. {rebuild}");
            }

            var biases = new float[3];
            for (var k = 0; k < 3; k++)
            {
                biases[k] = Finite(BinaryPrimitives.ReadSingleLittleEndian(data[(4 * k)..]), path);
            }

            var weights = new float[3 << header.Bits];
            var last = -1;
            for (var r = 0; r < header.Buckets; r++)
            {
                var record = data.Slice(12 + (16 * r), 16);
                var bucket = BinaryPrimitives.ReadInt32LittleEndian(record);
                if (bucket <= last || bucket >= 1 << header.Bits)
                {
                    throw new TextModelException($"'{path}': {WeightsEntry} record {r + 1} has bucket {bucket}, out of order or beyond 2^{header.Bits}. {rebuild}");
                }

                last = bucket;
                for (var k = 0; k < 3; k++)
                {
                    weights[(3 * bucket) + k] = Finite(BinaryPrimitives.ReadSingleLittleEndian(record[(4 + (4 * k))..]), path);
                }
            }

            return new SentimentModel(header.Bits, weights, biases, Convert.ToHexStringLower(SHA256.HashData(bytes))[..12], header.Validation);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException)
        {
            throw new TextModelException($"'{path}' is not a CareBench sentiment model ({e.GetType().Name}). {rebuild}", e);
        }
    }

    /// <summary>Writes the model (format in the remarks of <see cref="SentimentModel"/>); replaces the file atomically.</summary>
    public void Save(string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var buckets = new List<int>();
        for (var b = 0; b < 1 << Bits; b++)
        {
            if (weights[3 * b] != 0 || weights[(3 * b) + 1] != 0 || weights[(3 * b) + 2] != 0)
            {
                buckets.Add(b);
            }
        }

        var data = new byte[12 + (16 * buckets.Count)];
        for (var k = 0; k < 3; k++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(4 * k), biases[k]);
        }

        for (var r = 0; r < buckets.Count; r++)
        {
            var record = data.AsSpan(12 + (16 * r), 16);
            BinaryPrimitives.WriteInt32LittleEndian(record, buckets[r]);
            for (var k = 0; k < 3; k++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(record[(4 + (4 * k))..], weights[(3 * buckets[r]) + k]);
            }
        }

        var header = new SentimentModelHeader(Format, FormatVersion, SentimentFeaturizer.Spec, Bits, ClassNames, buckets.Count, Validation);
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            Write(zip, HeaderEntry, JsonSerializer.SerializeToUtf8Bytes(header, new JsonSerializerOptions { WriteIndented = true }));
            Write(zip, WeightsEntry, data);
        }

        File.Move(temp, path, overwrite: true);

        static void Write(ZipArchive zip, string name, byte[] content)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            stream.Write(content);
        }
    }

    /// <summary>Scores raw post texts, in order (one scratch buffer for the whole call).</summary>
    public SentimentScore[] Predict(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new SentimentScore[texts.Count];
        var buffer = new SentimentFeatureBuffer();
        Span<double> p = stackalloc double[3];
        for (var i = 0; i < texts.Count; i++)
        {
            Probabilities(texts[i], buffer, p);
            results[i] = ToScore(p);
        }

        return results;
    }

    /// <summary>Class probabilities (negative, neutral, positive) of one text: softmax of weights · features + bias.</summary>
    internal void Probabilities(ReadOnlySpan<char> text, SentimentFeatureBuffer buffer, Span<double> probabilities)
    {
        var count = SentimentFeaturizer.Featurize(text, Bits, buffer);
        var indices = buffer.Indices;
        var values = buffer.Values;
        float s0 = 0, s1 = 0, s2 = 0;
        var w = weights;
        for (var i = 0; i < count; i++)
        {
            var at = 3 * indices[i];
            var v = values[i];
            s0 += w[at] * v;
            s1 += w[at + 1] * v;
            s2 += w[at + 2] * v;
        }

        double z0 = s0 + biases[0], z1 = s1 + biases[1], z2 = s2 + biases[2];
        var max = Math.Max(z0, Math.Max(z1, z2));
        double e0 = Math.Exp(z0 - max), e1 = Math.Exp(z1 - max), e2 = Math.Exp(z2 - max);
        var sum = e0 + e1 + e2;
        probabilities[0] = e0 / sum;
        probabilities[1] = e1 / sum;
        probabilities[2] = e2 / sum;
    }

    private static SentimentScore ToScore(ReadOnlySpan<double> p)
    {
        var best = 0;
        for (var k = 1; k < 3; k++)
        {
            if (p[k] > p[best])
            {
                best = k;
            }
        }

        return new SentimentScore((Sentiment)(best - 1), p[2] - p[0]);
    }

    private static float Finite(float value, string path) =>
        float.IsFinite(value) ? value : throw new TextModelException($"'{path}' holds a weight that is not a finite number. Rebuild it with 'carebench train sentiment'.");
}
