namespace Benchmarking.Cli.Tests.Support;

/// <summary>
/// A fact that needs the complaints set of Preoţiuc-Pietro et al. (2019), which carries no licence and so is not in the
/// repository: point <c>CAREBENCH_COMPLAINTS_CSV</c> at <c>complaints-data.csv</c> of GitHub
/// <c>danielpreotiuc/complaints-social-media</c> (commit baec7154669fb51a7a7e0f74a2eff1ce565982d3); skipped with the
/// reason otherwise.
/// </summary>
public sealed class ComplaintsDataFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the file is not given or does not exist.</summary>
    public ComplaintsDataFactAttribute()
    {
        if (Path is null)
        {
            Skip = "CAREBENCH_COMPLAINTS_CSV does not name the complaints-data.csv of danielpreotiuc/complaints-social-media (not redistributable; docs/text-quality.md says how to get it).";
        }
    }

    /// <summary>The file, or null.</summary>
    public static string? Path =>
        Environment.GetEnvironmentVariable("CAREBENCH_COMPLAINTS_CSV") is { Length: > 0 } path && File.Exists(path) ? path : null;
}
