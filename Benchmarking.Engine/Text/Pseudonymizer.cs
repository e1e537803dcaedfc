using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Replaces customer handles with stable pseudonyms: <c>cust-</c> + the first 10 hex digits of HMAC-SHA-256(key,
/// lower-case handle). The same customer gets the same pseudonym in every report made with the same key; without the key
/// the handle cannot be recovered by hashing guesses. Registered brand handles are kept.
/// </summary>
public sealed partial class Pseudonymizer(string key, IReadOnlySet<string> brandHandles)
{
    private readonly byte[] keyBytes = Encoding.UTF8.GetBytes(key);

    public string Pseudonym(string handle) =>
        brandHandles.Contains(handle.ToLowerInvariant())
            ? handle
            : "cust-" + Convert.ToHexStringLower(HMACSHA256.HashData(keyBytes, Encoding.UTF8.GetBytes(handle.ToLowerInvariant())))[..10];

    /// <summary>The text with every @handle that is not a brand's replaced by its pseudonym.</summary>
    public string Text(string text) => Handle().Replace(text, m => "@" + Pseudonym(m.Groups[1].Value));

    [GeneratedRegex(@"@([A-Za-z0-9_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();
}
