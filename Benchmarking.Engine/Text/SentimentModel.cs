using System.Security.Cryptography;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Benchmarking.Engine.Text;

/// <summary>
/// The trained sentiment model (an ML.NET zip). Loaded from a file given by path — never downloaded. Scoring is
/// safe to call from several threads (each call builds its own data views).
/// </summary>
internal sealed class SentimentModel
{
    private readonly MLContext ml;
    private readonly ITransformer transformer;
    private readonly DataViewSchema inputSchema;

    internal SentimentModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, string? version = null)
    {
        this.ml = ml;
        this.transformer = transformer;
        this.inputSchema = inputSchema;
        Version = version ?? "unsaved";
    }

    /// <summary>The first 12 hex digits of the SHA-256 of the model file: part of the feature version.</summary>
    public string Version { get; }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <exception cref="TextModelException">The file is missing or is not an ML.NET sentiment model.</exception>
    public static SentimentModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new TextModelException($"The sentiment model '{path}' does not exist. Run from the repository folder (the default is data/text/sentiment-model.zip), pass --model, or rebuild it with 'carebench train sentiment'.");
        }

        var ml = new MLContext(seed: 1);
        try
        {
            var bytes = File.ReadAllBytes(path);
            using var stream = new MemoryStream(bytes, writable: false);
            var transformer = ml.Model.Load(stream, out var schema);
            var model = new SentimentModel(ml, transformer, schema, Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]);
            model.Predict(["check"]);
            return model;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or ArgumentException or IOException)
        {
            throw new TextModelException($"'{path}' is not a CareBench sentiment model ({e.GetType().Name}). Rebuild it with 'carebench train sentiment'.", e);
        }
    }

    /// <summary>Writes the model as an ML.NET zip.</summary>
    public void Save(string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        {
            ml.Model.Save(transformer, inputSchema, stream);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Scores raw post texts (prepared here exactly as in training), in order. Chunks of texts go through ML.NET's batch
    /// path (one data view each, about 3× faster than prediction engines).
    /// </summary>
    public SentimentScore[] Predict(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new SentimentScore[texts.Count];
        const int chunk = 4096;
        var chunks = (texts.Count + chunk - 1) / chunk;
        var schema = SchemaDefinition.Create(typeof(SentimentRow));
        for (var c = 0; c < chunks; c++)
        {
            var start = c * chunk;
            var count = Math.Min(texts.Count, start + chunk) - start;
            var view = ml.Data.LoadFromEnumerable(Enumerable.Range(start, count).Select(i => new SentimentRow { Text = SentimentText.Prepare(texts[i]) }), schema);
            var i = start;
            foreach (var score in transformer.Transform(view).GetColumn<float[]>("Score"))
            {
                results[i++] = ToScore(score);
            }
        }
        return results;
    }

    private static SentimentScore ToScore(float[] p)
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
}
