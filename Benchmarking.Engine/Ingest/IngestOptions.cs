using System.Text;

namespace Benchmarking.Engine.Ingest;

/// <summary>How to read input files.</summary>
public sealed record IngestOptions
{
    /// <summary>Text encoding of input files: <c>utf-8</c> (default; a BOM is honoured) or <c>windows-1252</c>.</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>Folder for the rejects files (one CSV per input file with rejected rows). Default <c>out/rejects</c>.</summary>
    public string RejectsDirectory { get; init; } = Path.Combine("out", "rejects");

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (TryGetEncoding(Encoding) is null)
        {
            problems.Add($"unknown encoding '{Encoding}'; use utf-8 or windows-1252");
        }

        if (string.IsNullOrWhiteSpace(RejectsDirectory))
        {
            problems.Add("rejects directory must be set");
        }

        return problems;
    }

    /// <summary>The strict decoder for <see cref="Encoding"/>: invalid bytes throw instead of being replaced silently.</summary>
    internal Encoding GetEncoding() => TryGetEncoding(Encoding) ?? throw new InvalidOperationException($"Unknown encoding '{Encoding}'.");

    private static Encoding? TryGetEncoding(string name)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "utf-8" or "utf8":
                return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            case "windows-1252" or "cp1252" or "1252":
                System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return System.Text.Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            default:
                return null;
        }
    }
}
