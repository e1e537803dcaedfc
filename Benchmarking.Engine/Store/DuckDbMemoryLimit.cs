using System.Globalization;
using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Store;

/// <summary>
/// The memory DuckDB may use for a store's statements before it moves temporary data (the ingest's stage, the joins
/// and sorts of the fact build) into <c>&lt;store&gt;.tmp</c>: <see cref="Default"/>, or the size the environment
/// variable <see cref="Variable"/> gives — a whole number and a unit, <c>MB</c>/<c>GB</c>/<c>TB</c> (powers of 1000) or
/// <c>MiB</c>/<c>GiB</c>/<c>TiB</c> (powers of 1024), at least <see cref="Minimum"/>. The default is chosen to keep a
/// 30 M-post run within the 4 GiB target; a larger limit spills less at the cost of more memory (the trade-off is
/// measured in <c>docs/performance.md</c>).
/// </summary>
internal readonly partial record struct DuckDbMemoryLimit
{
    /// <summary>The environment variable that sets the limit.</summary>
    public const string Variable = "CAREBENCH_DUCKDB_MEMORY";

    private DuckDbMemoryLimit(long value, string unit)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>The limit when <see cref="Variable"/> is not set: 2 GB.</summary>
    public static DuckDbMemoryLimit Default { get; } = new(2, "GB");

    /// <summary>
    /// The smallest limit accepted, 512 MB. Whether a limit is enough depends on the store: work DuckDB cannot move to
    /// disk fails beyond it with an out-of-memory error (<see cref="StoreFaults.OutOfMemory"/>), which names this variable.
    /// </summary>
    public static DuckDbMemoryLimit Minimum { get; } = new(512, "MB");

    /// <summary>The number, in <see cref="Unit"/>s.</summary>
    public long Value { get; }

    /// <summary>The unit as DuckDB spells it: MB, GB, TB, MiB, GiB or TiB.</summary>
    public string Unit { get; }

    /// <summary>The limit in bytes.</summary>
    public long Bytes => checked(Value * Unit switch
    {
        "MB" => 1_000_000L,
        "GB" => 1_000_000_000L,
        "TB" => 1_000_000_000_000L,
        "MiB" => 1L << 20,
        "GiB" => 1L << 30,
        _ => 1L << 40,
    });

    /// <summary>
    /// The limit <see cref="Variable"/> sets through <paramref name="lookup"/> (e.g.
    /// <see cref="Environment.GetEnvironmentVariable(string)"/>), or <see cref="Default"/> when it is unset or empty.
    /// </summary>
    /// <exception cref="StoreException">The variable is set to something that is not a size of at least <see cref="Minimum"/>.</exception>
    public static DuckDbMemoryLimit FromEnvironment(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var text = lookup(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        if (TryParse(text, out var limit) && limit.Bytes >= Minimum.Bytes)
        {
            return limit;
        }

        var shown = text.Length > 40 ? text[..40] + "…" : text;
        throw new StoreException(
            $"{Variable} is '{shown}', which is not a memory size of at least {Minimum}: give a whole number and a unit, "
            + $"e.g. {Variable}=8GB (MB, GB, TB, or MiB, GiB, TiB), or unset it for the default {Default}.");
    }

    /// <summary>Parses a size such as <c>8GB</c>, <c>6 GiB</c> or <c>512mb</c> (the unit in any case).</summary>
    public static bool TryParse(string? text, out DuckDbMemoryLimit limit)
    {
        limit = default;
        var match = text is null ? null : SizePattern().Match(text);
        if (match is not { Success: true } || !long.TryParse(match.Groups["value"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "MIB" => "MiB",
            "GIB" => "GiB",
            "TIB" => "TiB",
            var other => other,
        };
        limit = new DuckDbMemoryLimit(value, unit);
        return true;
    }

    /// <summary>The limit as DuckDB's <c>memory_limit</c> setting takes it, e.g. <c>2GB</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value}{Unit}");

    // At most six digits, so that the bytes of any number and unit fit in a long.
    [GeneratedRegex(@"^\s*(?<value>[0-9]{1,6})\s*(?<unit>[MGT]i?B)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
