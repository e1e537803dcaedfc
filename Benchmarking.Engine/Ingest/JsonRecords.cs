using System.Globalization;
using System.Text.Json;

namespace Benchmarking.Engine.Ingest;

/// <summary>Small helpers for reading fields of API JSON records without throwing on an unexpected shape.</summary>
internal static class JsonRecords
{
    /// <summary>The string value of <paramref name="name"/>, or null when it is absent, null or not a string.</summary>
    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The object or array at <paramref name="name"/>, or null.</summary>
    public static JsonElement? Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? value
            : null;

    /// <summary>The elements of the array at <paramref name="name"/>, or none.</summary>
    public static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        Child(element, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>
    /// Parses an ISO 8601 time that carries an offset (<c>Z</c> or <c>±hh:mm</c>) to UTC; a time without an offset is
    /// ambiguous and refused.
    /// </summary>
    public static bool TryParseTime(string? text, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length < 20)
        {
            return false;
        }

        var tail = text.AsSpan(19);
        var hasOffset = tail.Contains('Z') || tail.Contains('z') || tail.Contains('+') || tail.Contains('-');
        if (!hasOffset || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        time = parsed.ToUniversalTime();
        return true;
    }

    /// <summary>True when <paramref name="id"/> is a non-empty run of ASCII digits (X and Mastodon ids).</summary>
    public static bool IsDigits(string id) => id.Length > 0 && id.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// True when <paramref name="id"/> can be an opaque API id: non-empty, at most 128 characters, no white space or control
    /// characters (Mastodon documents its ids as strings that need not be numbers; GoToSocial uses ULIDs).
    /// </summary>
    public static bool IsToken(string id) =>
        id.Length is > 0 and <= 128 && !id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    /// <summary>Clips a structural value for a rejects file, so a misplaced text field cannot leak whole.</summary>
    public static string Clip(string? value)
    {
        var v = (value ?? string.Empty).Trim();
        return v.Length <= 40 ? v : v[..40] + "…";
    }
}
