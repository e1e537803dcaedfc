using System.Text.Encodings.Web;
using System.Text.Json;

namespace Benchmarking.Engine.Simulation;

/// <summary>Writes the brand registry of simulated brands in the format of <c>data/brands.json</c>.</summary>
internal static class SimulatedRegistry
{
    /// <summary>
    /// Writes every industry of the options and every brand, ordered by id, with its one Twitter handle; the
    /// <c>$comment</c> is <paramref name="comment"/> or, when null, says the brands are simulated.
    /// </summary>
    public static void Write(TextWriter writer, SimulationOptions options, IReadOnlyList<SimulatedBrand> brands, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(brands);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$comment", comment ?? $"Simulated brands written by 'carebench generate' (seed {options.Seed}). Handles start with 'Sim' and never collide with real brands.");
            json.WriteStartArray("industries");
            foreach (var industry in options.Industries)
            {
                json.WriteStringValue(industry);
            }

            json.WriteEndArray();
            json.WriteStartArray("brands");
            foreach (var brand in brands.OrderBy(b => b.Id, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", brand.Id);
                json.WriteString("name", brand.Name);
                json.WriteString("industry", brand.Industry);
                json.WriteStartObject("handles");
                json.WriteStartArray("twitter");
                json.WriteStringValue(brand.Handle);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }
}
