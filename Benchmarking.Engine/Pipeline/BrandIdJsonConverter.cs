using System.Text.Json;
using System.Text.Json.Serialization;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// Writes a <see cref="Brand"/> as its id and reads it back from <paramref name="registry"/>: a cached evaluation holds
/// no copy of the registry (its key holds the registry's contents, so the brands read back are the ones it was computed for).
/// </summary>
internal sealed class BrandIdJsonConverter(BrandRegistry registry) : JsonConverter<Brand>
{
    /// <inheritdoc/>
    public override Brand Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var id = reader.GetString() ?? throw new JsonException("A cached brand has no id.");
        return registry.FindById(id) ?? throw new JsonException($"The cached brand '{id}' is not in the registry.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Brand value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Id);
    }
}
