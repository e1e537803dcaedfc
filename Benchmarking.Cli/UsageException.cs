namespace Benchmarking.Cli;

/// <summary>The command line or its configuration is wrong; the message says what and how to fix it (exit code 1).</summary>
internal sealed class UsageException(string message) : Exception(message);
