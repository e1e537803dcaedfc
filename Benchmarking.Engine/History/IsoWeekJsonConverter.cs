using System.Text.Json;
using System.Text.Json.Serialization;
namespace Benchmarking.Engine.History;

/// <summary>An ISO week in JSON as its text, <c>2017-W44</c>.</summary>
internal sealed class IsoWeekJsonConverter : JsonConverter<IsoWeek>
{
    public override IsoWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IsoWeek.Parse(reader.GetString() ?? throw new JsonException("An ISO week must be a string such as 2017-W44."));

    public override void Write(Utf8JsonWriter writer, IsoWeek value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
