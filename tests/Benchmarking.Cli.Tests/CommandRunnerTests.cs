using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;

namespace Benchmarking.Cli.Tests;

public sealed class CommandRunnerTests
{
    public sealed class Classify
    {
        [Fact]
        public void Maps_each_failure_to_its_documented_exit_code()
        {
            Assert.Equal(ExitCodes.Usage, CommandRunner.Classify(new UsageException("x"), default).Code);
            Assert.Equal(ExitCodes.Usage, CommandRunner.Classify(new RegistryException("b.json", ["p"]), default).Code);
            Assert.Equal(ExitCodes.Usage, CommandRunner.Classify(new ArgumentException("x", "param"), default).Code);
            Assert.Equal(ExitCodes.InputRejected, CommandRunner.Classify(new InputFileException("f.csv", 3, "bad", "fix"), default).Code);
            Assert.Equal(ExitCodes.Store, CommandRunner.Classify(new StoreException("missing"), default).Code);
            Assert.Equal(ExitCodes.StoreBusy, CommandRunner.Classify(new StoreException("locked", null, inUse: true), default).Code);
            Assert.Equal(ExitCodes.Internal, CommandRunner.Classify(new InvalidOperationException("bug"), default).Code);
        }

        [Fact]
        public void Names_environment_faults_with_their_fix_instead_of_calling_them_bugs()
        {
            var checksum = new FakeDbException("IO Error: Corrupt database file: computed checksum 4119 does not match stored checksum 1020 in block at location 1323008");
            var lockHeld = new FakeDbException("IO Error: Could not set lock on file \"/s.duckdb\": Conflicting lock is held in dotnet (PID 7)");

            var corrupt = CommandRunner.Classify(new InvalidOperationException("query failed", checksum), default);
            var full = CommandRunner.Classify(new IOException("No space left on device : '/data/out/summary.html'"), default);
            var duckFull = CommandRunner.Classify(new FakeDbException("IO Error: Could not write file \"/s.duckdb.wal\": No space left on device"), default);
            var readOnly = CommandRunner.Classify(new IOException("Read-only file system : '/mnt/ro/summary.html'"), default);
            var denied = CommandRunner.Classify(new UnauthorizedAccessException("Access to the path '/out/summary.html' is denied."), default);

            Assert.Equal((ExitCodes.StoreCorrupt, ExitCodes.DiskFull, ExitCodes.DiskFull, ExitCodes.NotWritable, ExitCodes.NotWritable),
                (corrupt.Code, full.Code, duckFull.Code, readOnly.Code, denied.Code));
            Assert.Contains("Restore it from a backup", corrupt.Message, StringComparison.Ordinal);
            Assert.Contains("Free space", full.Message, StringComparison.Ordinal);
            Assert.Contains("writable --out", readOnly.Message, StringComparison.Ordinal);
            Assert.All(new[] { corrupt, full, duckFull, readOnly, denied }, c => Assert.DoesNotContain("bug", c.Message, StringComparison.Ordinal));
            Assert.Equal(ExitCodes.StoreCorrupt, CommandRunner.Classify(new StoreException("damaged") { Corrupt = true }, default).Code);
            Assert.Equal(ExitCodes.Internal, CommandRunner.Classify(lockHeld, default).Code);
        }

        [Fact]
        public void Names_DuckDB_running_out_of_its_memory_limit_with_the_variable_that_raises_it()
        {
            // DuckDB's message as a 30 M-post ranking under CAREBENCH_DUCKDB_MEMORY=512MB ended with it.
            var memory = new FakeDbException("Out of Memory Error: could not allocate block of size 256.0 KiB (488.2 MiB/488.2 MiB used)\n\nPossible solutions:\n* Reducing the number of threads (SET threads=X)");

            var (code, message) = CommandRunner.Classify(new InvalidOperationException("query failed", memory), default);

            Assert.Equal(ExitCodes.Usage, code);
            Assert.Equal(
                "DuckDB ran out of the memory it may use (Out of Memory Error: could not allocate block of size 256.0 KiB (488.2 MiB/488.2 MiB used)). "
                + "What it was writing was rolled back; what finished before stays stored. Give it more: set CAREBENCH_DUCKDB_MEMORY to a size above the limit it names "
                + "(the default is 2GB), e.g. CAREBENCH_DUCKDB_MEMORY=4GB, then rerun.",
                message);
        }

        private sealed class FakeDbException(string message) : System.Data.Common.DbException(message);

        [Fact]
        public void Cancellation_by_the_user_is_130()
        {
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();

            var (code, message) = CommandRunner.Classify(new OperationCanceledException(cancellation.Token), cancellation.Token);

            Assert.Equal(ExitCodes.Cancelled, code);
            Assert.Contains("rolled back", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Argument_exception_message_loses_the_parameter_suffix()
        {
            var (_, message) = CommandRunner.Classify(new ArgumentException("Unknown brand 'x'.", "nameIdOrHandle"), default);

            Assert.Equal("Unknown brand 'x'.", message);
        }
    }
}
