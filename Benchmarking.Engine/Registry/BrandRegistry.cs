using System.Text.Json;
using System.Text.RegularExpressions;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Findings;

namespace Benchmarking.Engine.Registry;

/// <summary>
/// The brands being benchmarked, loaded from <c>data/brands.json</c>. Posts from handles not in the registry are customers.
/// </summary>
public sealed partial class BrandRegistry
{
    private readonly Dictionary<(Platform, string), Brand> byHandle;
    private readonly Dictionary<(Platform, string), Brand> byAccountId = [];
    private readonly Dictionary<string, Brand> byId;

    private BrandRegistry(IReadOnlyList<Brand> brands, IReadOnlyList<string> industries, IReadOnlyList<Finding>? warnings = null)
    {
        Brands = brands;
        Industries = industries;
        Warnings = warnings ?? [];
        byId = brands.ToDictionary(b => b.Id, StringComparer.Ordinal);
        byHandle = new Dictionary<(Platform, string), Brand>();
        foreach (var brand in brands)
        {
            foreach (var handle in brand.Handles)
            {
                byHandle[(handle.Platform, Normalise(handle.Handle))] = brand;
            }

            foreach (var account in brand.AccountIds)
            {
                byAccountId[(account.Platform, NormaliseId(account.Id))] = brand;
            }
        }
    }

    /// <summary>Every brand, ordered by id.</summary>
    public IReadOnlyList<Brand> Brands { get; }

    /// <summary>The declared industries, in file order.</summary>
    public IReadOnlyList<string> Industries { get; }

    /// <summary>
    /// What the registry could not apply without being wrong: a declared time zone on a machine without time-zone data,
    /// for a brand open 24/7, falls back to UTC (only its local-time labels change) and is reported here; every
    /// evaluation repeats these as findings (rule <c>time-zone-unavailable</c>).
    /// </summary>
    public IReadOnlyList<Finding> Warnings { get; }

    /// <summary>Builds a registry from brands already in memory, validating them as a file would be.</summary>
    /// <exception cref="RegistryException">Any brand is invalid.</exception>
    public static BrandRegistry Create(IEnumerable<Brand> brands, IReadOnlyList<string>? industries = null, string source = "(in memory)")
    {
        // Handles are stored as the file loader stores them: trimmed, without the leading '@'.
        var list = brands
            .Select(b => b with
            {
                Handles = b.Handles.Select(h => h with { Handle = h.Handle.Trim().TrimStart('@') }).ToList(),
                Aliases = b.Aliases.Select(h => h with { Handle = h.Handle.Trim().TrimStart('@') }).ToList(),
                AccountIds = b.AccountIds.Select(a => a with { Id = NormaliseId(a.Id) }).ToList(),
            })
            .ToList();
        var problems = new List<string>();
        var declared = industries ?? list.Select(b => b.Industry).Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
        Validate(list, declared, problems);
        if (problems.Count > 0)
        {
            throw new RegistryException(source, problems);
        }

        return new BrandRegistry(list.OrderBy(b => b.Id, StringComparer.Ordinal).ToList(), declared);
    }

    /// <summary>Loads and validates a registry file, reporting every problem at once.</summary>
    /// <exception cref="RegistryException">The file is missing, is not valid JSON, or describes invalid brands.</exception>
    public static BrandRegistry Load(string path) => Load(path, RegistryExtras.FindZone, RegistryExtras.ZoneDataAvailable());

    /// <summary>
    /// Test seam of <see cref="Load(string)"/>: <paramref name="findZone"/> resolves IANA ids (null: unknown);
    /// <paramref name="zoneDataAvailable"/> says whether the machine has time-zone data at all.
    /// </summary>
    internal static BrandRegistry Load(string path, Func<string, TimeZoneInfo?> findZone, bool zoneDataAvailable = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new RegistryException(path, [$"the file does not exist; pass --brands with the path of a registry such as data/brands.json"]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new RegistryException(path, [$"not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message.Split('.')[0]}"]);
        }

        using (document)
        {
            var problems = new List<string>();
            var warnings = new List<Finding>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new RegistryException(path, [$"the file holds a JSON {root.ValueKind.ToString().ToLowerInvariant()}; a registry is an object: {{ \"industries\": [...], \"brands\": [...] }}"]);
            }

            var industries = new List<string>();
            if (root.TryGetProperty("industries", out var industriesElement))
            {
                if (industriesElement.ValueKind != JsonValueKind.Array)
                {
                    problems.Add("\"industries\" must be an array of names, e.g. [\"Airlines\", \"Telecom\"]");
                }
                else
                {
                    var position = 0;
                    foreach (var industry in industriesElement.EnumerateArray())
                    {
                        position++;
                        if (industry.ValueKind != JsonValueKind.String || industry.GetString()!.Trim().Length == 0)
                        {
                            problems.Add($"industries[{position}]: must be a non-empty name in quotes");
                            continue;
                        }

                        industries.Add(industry.GetString()!.Trim());
                    }
                }
            }

            if (!root.TryGetProperty("brands", out var brandsElement) || brandsElement.ValueKind != JsonValueKind.Array)
            {
                throw new RegistryException(path, ["the top-level object needs a \"brands\" array"]);
            }

            var brands = new List<Brand>();
            var index = 0;
            foreach (var element in brandsElement.EnumerateArray())
            {
                index++;
                brands.Add(ReadBrand(element, index, new ZoneLookup(findZone, zoneDataAvailable, warnings), problems));
            }

            if (industries.Count == 0)
            {
                industries.AddRange(brands.Select(b => b.Industry).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal));
            }

            Validate(brands, industries, problems);
            if (problems.Count > 0)
            {
                throw new RegistryException(path, problems);
            }

            return new BrandRegistry(brands.OrderBy(b => b.Id, StringComparer.Ordinal).ToList(), industries, warnings);
        }
    }

    /// <summary>The brand that owns a handle on a platform, or null when the author is a customer.</summary>
    public Brand? FindByHandle(Platform platform, string handle) =>
        byHandle.GetValueOrDefault((platform, Normalise(handle)));

    /// <summary>
    /// The brand that owns a stable account id on a platform (X user id, Bluesky DID, Mastodon <c>id@instance</c>), or
    /// null when the registry lists no such id.
    /// </summary>
    public Brand? FindByAccountId(Platform platform, string accountId) =>
        byAccountId.Count == 0 ? null : byAccountId.GetValueOrDefault((platform, NormaliseId(accountId)));

    /// <summary>
    /// The handle a listed account id stands for — its brand's first handle on that platform — so a mention of a renamed
    /// brand account is recorded under the handle the metrics match; null when the registry lists no such id.
    /// </summary>
    public string? HandleOfAccount(Platform platform, string accountId) =>
        FindByAccountId(platform, accountId)?.Handles.FirstOrDefault(h => h.Platform == platform)?.Handle;

    /// <summary>The brand with a registry id, or null.</summary>
    public Brand? FindById(string id) => byId.GetValueOrDefault(id);

    /// <summary>
    /// Resolves what a user typed on the command line: a registry id, any handle (with or without <c>@</c>) or a display name,
    /// all case-insensitive.
    /// </summary>
    /// <exception cref="ArgumentException">Nothing matches; the message lists close candidates.</exception>
    public Brand Resolve(string nameIdOrHandle)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameIdOrHandle);
        var key = Normalise(nameIdOrHandle);
        var match = Brands.FirstOrDefault(b => string.Equals(b.Id, key, StringComparison.OrdinalIgnoreCase))
            ?? Brands.FirstOrDefault(b => b.Handles.Any(h => Normalise(h.Handle) == key))
            ?? Brands.FirstOrDefault(b => string.Equals(b.Name, nameIdOrHandle.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        var close = Brands
            .Where(b => b.Id.Contains(key, StringComparison.OrdinalIgnoreCase)
                        || b.Name.Contains(nameIdOrHandle.Trim(), StringComparison.OrdinalIgnoreCase)
                        || b.Handles.Any(h => Normalise(h.Handle).Contains(key, StringComparison.Ordinal)))
            .Take(5)
            .Select(b => $"{b.Id} ({b.Name})")
            .ToList();
        var hint = close.Count > 0 ? $" Did you mean: {string.Join(", ", close)}?" : " Run 'carebench brands' to list the registry.";
        throw new ArgumentException($"Unknown brand '{nameIdOrHandle}': it is not an id, handle or name in the brand registry.{hint}", nameof(nameIdOrHandle));
    }

    private static string Normalise(string handle) => handle.Trim().TrimStart('@').ToLowerInvariant();

    /// <summary>An account id as stored and compared: trimmed; a Mastodon id's instance host in lower case (ids themselves are case-sensitive).</summary>
    internal static string NormaliseId(string id)
    {
        var trimmed = id.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? trimmed : trimmed[..at] + "@" + trimmed[(at + 1)..].ToLowerInvariant();
    }

    private static Brand ReadBrand(JsonElement element, int index, ZoneLookup zones, List<string> problems)
    {
        string where = $"brand #{index}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: must be an object with id, name, industry and handles");
            return new Brand(string.Empty, string.Empty, string.Empty, []);
        }

        string Text(string property) =>
            element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;

        var id = Text("id");
        if (id.Length > 0)
        {
            where = $"brand '{id}' (#{index})";
        }

        var handles = element.TryGetProperty("handles", out var handlesElement) && handlesElement.ValueKind == JsonValueKind.Object
            ? RegistryExtras.ReadHandles(handlesElement, where, "handles", problems)
            : [];

        var accountIds = new List<BrandAccountId>();
        if (element.TryGetProperty("ids", out var idsElement) && idsElement.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: \"ids\" must be an object of platform → array of account ids, e.g. \"ids\": {{ \"bluesky\": [\"did:plc:…\"] }}");
        }
        else if (element.TryGetProperty("ids", out idsElement))
        {
            RegistryExtras.ReadPerPlatform(idsElement, "ids", "account id strings", where, problems, (platform, name, value) =>
            {
                var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;
                if (AccountIdProblem(platform, text) is { } problem)
                {
                    problems.Add($"{where}: ids.{name} has '{text}', {problem}");
                    return;
                }

                accountIds.Add(new BrandAccountId(platform, NormaliseId(text)));
            });
        }

        return RegistryExtras.Read(element, new Brand(id, Text("name"), Text("industry"), handles) { AccountIds = accountIds }, where, zones, problems);
    }

    private static void Validate(IReadOnlyList<Brand> brands, IReadOnlyList<string> industries, List<string> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var handles = new Dictionary<(Platform, string), string>();
        var accountIds = new Dictionary<(Platform, string), string>();
        var industrySet = new HashSet<string>(industries, StringComparer.Ordinal);
        if (brands.Count == 0)
        {
            problems.Add("no brands: list at least one brand under \"brands\"");
        }

        // Industry names that differ only in case, spaces or punctuation are one industry misspelt, and would name the
        // same report file.
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var industry in industries)
        {
            var key = string.Concat(industry.Where(char.IsLetterOrDigit)).ToLowerInvariant();
            if (spellings.TryGetValue(key, out var earlier))
            {
                problems.Add(earlier == industry
                    ? $"industry '{industry}' is listed twice"
                    : $"industries '{earlier}' and '{industry}' differ only in case, spaces or punctuation; use one spelling");
            }
            else
            {
                spellings[key] = industry;
            }
        }

        for (var i = 0; i < brands.Count; i++)
        {
            var brand = brands[i];
            var where = brand.Id.Length > 0 ? $"brand '{brand.Id}' (#{i + 1})" : $"brand #{i + 1}";
            if (brand.Id.Length == 0)
            {
                problems.Add($"{where}: missing \"id\"; add a lower-case id such as \"delta\"");
            }
            else if (!IdPattern().IsMatch(brand.Id))
            {
                problems.Add($"{where}: id must contain only lower-case letters, digits and hyphens");
            }
            else if (!ids.Add(brand.Id))
            {
                problems.Add($"{where}: duplicate id; every brand needs its own id");
            }

            if (brand.Name.Length == 0)
            {
                problems.Add($"{where}: missing \"name\" (the display name shown in reports)");
            }

            if (brand.Industry.Length == 0)
            {
                problems.Add($"{where}: missing \"industry\"; every brand is ranked within an industry (one of: {string.Join(", ", industries)})");
            }
            else if (!industrySet.Contains(brand.Industry))
            {
                problems.Add($"{where}: industry '{brand.Industry}' is not in the \"industries\" list; add it there or fix the spelling");
            }

            if (brand.Handles.Count == 0)
            {
                problems.Add($"{where}: no handles; list at least one, e.g. \"handles\": {{ \"twitter\": [\"Delta\"] }}");
            }

            foreach (var handle in brand.Handles)
            {
                if (handle.Handle.Length == 0)
                {
                    problems.Add($"{where}: an empty handle on {handle.Platform.ToName()}");
                    continue;
                }

                var key = (handle.Platform, Normalise(handle.Handle));
                if (handles.TryGetValue(key, out var owner))
                {
                    problems.Add(owner == brand.Id
                        ? $"{where}: handle '{handle.Handle}' on {handle.Platform.ToName()} is listed twice"
                        : $"{where}: handle '{handle.Handle}' on {handle.Platform.ToName()} already belongs to brand '{owner}'; a handle can belong to one brand only");
                }
                else
                {
                    handles[key] = brand.Id;
                }
            }

            foreach (var account in brand.AccountIds)
            {
                if (!accountIds.TryAdd((account.Platform, NormaliseId(account.Id)), brand.Id))
                {
                    problems.Add($"{where}: account id '{account.Id}' on {account.Platform.ToName()} is listed twice or belongs to another brand; an account belongs to one brand only");
                }
            }
        }

        RegistryExtras.ValidateAliases(brands, problems);
    }

    /// <summary>Why an account id cannot be one of the platform's, or null when it can.</summary>
    private static string? AccountIdProblem(Platform platform, string id) => platform switch
    {
        _ when id.Length == 0 => "an empty id",
        Platform.Twitter when id.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0 => "not an X user id (digits only, e.g. \"783214\")",
        Platform.Bluesky when !id.StartsWith("did:", StringComparison.Ordinal) => "not a DID (e.g. \"did:plc:z72i7hdynmk6r22z27h6tvur\")",
        Platform.Mastodon when id.IndexOf('@', StringComparison.Ordinal) is <= 0 || id.EndsWith('@') => "not an account id with its instance (e.g. \"109302384532455467@mastodon.social\")",
        _ => null,
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
