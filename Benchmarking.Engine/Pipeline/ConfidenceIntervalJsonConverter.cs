using System.Text.Json;
using System.Text.Json.Serialization;
using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Pipeline;

/// <summary>Writes a <see cref="ConfidenceInterval"/> as <c>[lower, upper]</c> and reads it back through its constructor (which checks its rule).</summary>
internal sealed class ConfidenceIntervalJsonConverter : JsonConverter<ConfidenceInterval>
{
    /// <inheritdoc/>
    public override ConfidenceInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read())
        {
            throw new JsonException("A cached interval is not [lower, upper].");
        }

        var lower = reader.GetDouble();
        reader.Read();
        var upper = reader.GetDouble();
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("A cached interval is not [lower, upper].");
        }

        return new ConfidenceInterval(lower, upper);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ConfidenceInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Lower);
        writer.WriteNumberValue(value.Upper);
        writer.WriteEndArray();
    }
}
