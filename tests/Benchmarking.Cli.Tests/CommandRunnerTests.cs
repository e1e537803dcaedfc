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
