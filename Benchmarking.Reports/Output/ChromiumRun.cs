namespace Benchmarking.Reports.Output;

/// <summary>What one headless Chromium process printed and how it ended.</summary>
/// <param name="ExitCode">Process exit code.</param>
/// <param name="StandardOutput">Everything written to standard output (e.g. the DOM with <c>--dump-dom</c>).</param>
/// <param name="StandardError">Everything written to standard error (the log with <c>--enable-logging=stderr</c>).</param>
internal sealed record ChromiumRun(int ExitCode, string StandardOutput, string StandardError);
