using System.Globalization;
using System.Text;
using System.Text.Json;
using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// Writes raw API pages under <c>&lt;landing&gt;/&lt;run&gt;/&lt;platform&gt;/&lt;brand&gt;/NNNN-&lt;endpoint&gt;.json</c>, each file
/// atomically (written to a temporary name, then renamed), and appends one line per page to <c>pages.jsonl</c> in the
/// run folder: file, platform, brand, endpoint and the request path and query (never a header, so never a token).
/// </summary>
internal sealed class PageLander
{
    private readonly string runFolder;
    private readonly TimeProvider time;
    private readonly object gate = new();
    private int sequence;

    public PageLander(string landingDirectory, TimeProvider time)
    {
        this.time = time;
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var folder = Path.GetFullPath(Path.Combine(landingDirectory, stamp));
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = Path.GetFullPath(Path.Combine(landingDirectory, string.Create(CultureInfo.InvariantCulture, $"{stamp}-{n}")));
        }

        Directory.CreateDirectory(folder);
        runFolder = folder;
    }

    /// <summary>The folder of this run.</summary>
    public string RunFolder => runFolder;

    /// <summary>The folder for one brand on one platform.</summary>
    public string Folder(Platform platform, string brandId) => Path.Combine(runFolder, platform.ToName(), brandId);

    /// <summary>Lands one page and returns it.</summary>
    public LandedPage Land(Platform platform, string brandId, string endpoint, Uri request, byte[] body, bool holdsPosts = true)
    {
        int n;
        lock (gate)
        {
            n = ++sequence;
        }

        var folder = Folder(platform, brandId);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{n:0000}-{endpoint}.json"));
        var temp = file + ".tmp";
        File.WriteAllBytes(temp, body);
        File.Move(temp, file, overwrite: true);
        var index = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["file"] = Path.GetRelativePath(runFolder, file).Replace('\\', '/'),
            ["platform"] = platform.ToName(),
            ["brand"] = brandId,
            ["endpoint"] = endpoint,
            ["request"] = request.PathAndQuery,
            ["fetched_at"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            ["bytes"] = body.Length.ToString(CultureInfo.InvariantCulture),
        });
        lock (gate)
        {
            File.AppendAllText(Path.Combine(runFolder, "pages.jsonl"), index + "\n", new UTF8Encoding(false));
        }

        return new LandedPage(platform, endpoint, file, body, holdsPosts);
    }
}
