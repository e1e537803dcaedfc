using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Registry;

/// <summary>
/// Writes a copy of a registry file with hidden aliases added (<c>carebench brands --suggest-aliases --apply</c>); the
/// original is never touched. The copy keeps every field, one brand per line (comments are not kept), and is loaded
/// and validated before it is put in place, so an invalid copy is never left behind.
/// </summary>
public static class RegistryCopy
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/> with <paramref name="aliases"/> added to their brands.</summary>
    /// <returns>The aliases added (those already listed are skipped).</returns>
    /// <exception cref="RegistryException">The source or the resulting copy is not a valid registry.</exception>
    public static int WriteWithAliases(string source, IEnumerable<AliasSuggestion> aliases, string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        _ = BrandRegistry.Load(source);
        var root = JsonNode.Parse(File.ReadAllText(source), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        var brands = root["brands"]!.AsArray();
        var added = 0;
        foreach (var alias in aliases)
        {
            var brand = brands.OfType<JsonObject>().FirstOrDefault(b => (string?)b["id"] == alias.BrandId)
                ?? throw new RegistryException(source, [$"brand '{alias.BrandId}' of alias '{alias.Handle}' is not in the registry"]);
            if (brand["aliases"] is not JsonObject byPlatform)
            {
                brand["aliases"] = byPlatform = [];
            }

            var platform = alias.Platform.ToName();
            if (byPlatform[platform] is not JsonArray handles)
            {
                byPlatform[platform] = handles = [];
            }

            if (!handles.Any(h => string.Equals((string?)h, alias.Handle, StringComparison.OrdinalIgnoreCase)))
            {
                handles.Add(alias.Handle);
                added++;
            }
        }

        var text = new StringBuilder("{").AppendLine();
        var properties = root.ToList();
        for (var i = 0; i < properties.Count; i++)
        {
            var (name, value) = (properties[i].Key, properties[i].Value);
            text.Append("  ").Append(JsonSerializer.Serialize(name, Compact)).Append(": ");
            if (name == "brands")
            {
                text.AppendLine("[");
                var list = value!.AsArray();
                for (var j = 0; j < list.Count; j++)
                {
                    text.Append("    ").Append(list[j]?.ToJsonString(Compact) ?? "null").AppendLine(j < list.Count - 1 ? "," : string.Empty);
                }

                text.Append("  ]");
            }
            else
            {
                text.Append(value?.ToJsonString(Compact) ?? "null");
            }

            text.AppendLine(i < properties.Count - 1 ? "," : string.Empty);
        }

        text.AppendLine("}");
        var directory = Path.GetDirectoryName(Path.GetFullPath(destination))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(destination)}.tmp");
        File.WriteAllText(temporary, text.ToString());
        try
        {
            _ = BrandRegistry.Load(temporary);
            File.Move(temporary, destination, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return added;
    }
}
