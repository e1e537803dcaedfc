namespace Benchmarking.Engine.Registry;

/// <summary>The brand registry is unusable; <see cref="Problems"/> lists every problem found, each with how to fix it.</summary>
public sealed class RegistryException : Exception
{
    /// <summary>Creates the exception for a registry file and its problems.</summary>
    public RegistryException(string path, IReadOnlyList<string> problems)
        : base($"Brand registry '{path}' has {problems.Count} problem(s):{Environment.NewLine}"
               + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Path = path;
        Problems = problems;
    }

    /// <summary>The registry file.</summary>
    public string Path { get; }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<string> Problems { get; }
}
