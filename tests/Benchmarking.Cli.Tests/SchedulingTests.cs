using System.Diagnostics;
using Benchmarking.Cli.Tests.Support;
using Cronos;
using YamlDotNet.RepresentationModel;

namespace Benchmarking.Cli.Tests;

/// <summary>The schedules of <c>docs/scheduling.md</c> are valid for the tools that run them (see "What is verified").</summary>
public sealed class SchedulingTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "docs", "scheduling");

    private static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name)).ReplaceLineEndings("\n");

    [Theory]
    [InlineData("carebench-weekly.service")]
    [InlineData("carebench-weekly.timer")]
    [InlineData("crontab")]
    [InlineData("weekly.yml")]
    public void The_page_shows_each_file_verbatim(string name)
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "scheduling.md")).ReplaceLineEndings("\n");

        Assert.Contains($"`docs/scheduling/{name}`", page, StringComparison.Ordinal);
        Assert.Contains("\n" + Read(name) + "```\n", page, StringComparison.Ordinal);
    }

    [SystemdAnalyzeFact]
    public void Systemd_verify_accepts_the_service_and_timer_without_a_single_remark()
    {
        using var temp = new TempDirectory();
        var standIn = temp.Combine("carebench");
        File.WriteAllText(standIn, "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(standIn, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var service = Read("carebench-weekly.service");
        Assert.Contains("ExecStart=/opt/carebench/carebench weekly ", service, StringComparison.Ordinal);
        File.WriteAllText(temp.Combine("carebench-weekly.service"), service.Replace("/opt/carebench/carebench", standIn, StringComparison.Ordinal));
        File.WriteAllText(temp.Combine("carebench-weekly.timer"), Read("carebench-weekly.timer"));

        var (code, output) = SystemdAnalyze("verify", temp.Combine("carebench-weekly.timer"), temp.Combine("carebench-weekly.service"));

        Assert.True(code == 0 && output.Length == 0, $"exit {code}: {output}");
    }

    [SystemdAnalyzeFact]
    public void The_timer_fires_on_Mondays_at_06_00_UTC()
    {
        var line = Read("carebench-weekly.timer").Split('\n').Single(l => l.StartsWith("OnCalendar=", StringComparison.Ordinal));

        var (code, output) = SystemdAnalyze("calendar", "--iterations=3", line["OnCalendar=".Length..]);

        Assert.True(code == 0, output);
        Assert.Contains("Normalized form: Mon *-*-* 06:00:00 UTC", output, StringComparison.Ordinal);
        var elapses = output.Split('\n').Where(l => l.Contains("Next elapse: ", StringComparison.Ordinal) || l.Contains("Iter. #", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, elapses.Count);
        Assert.All(elapses, l => Assert.Matches(@": Mon \d{4}-\d\d-\d\d 06:00:00 UTC$", l.Trim()));
    }

    [Fact]
    public void The_cron_line_runs_weekly_on_Monday_06_00_in_UTC()
    {
        var lines = Read("crontab").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.Equal("CRON_TZ=UTC", lines[0]);
        var fields = lines[1].Split(' ', 6);
        var schedule = CronExpression.Parse(string.Join(' ', fields[..5]));
        var monday = new DateTime(2024, 1, 15, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2024, 1, 22, 6, 0, 0, DateTimeKind.Utc), schedule.GetNextOccurrence(monday));
        Assert.Equal(new DateTime(2024, 1, 29, 6, 0, 0, DateTimeKind.Utc), schedule.GetNextOccurrence(new DateTime(2024, 1, 22, 6, 0, 0, DateTimeKind.Utc)));
        Assert.Contains("/opt/carebench/carebench weekly ", fields[5], StringComparison.Ordinal);
    }

    [Fact]
    public void The_workflow_is_a_weekly_schedule_with_a_manual_week_and_pinned_actions()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Read("weekly.yml")));
        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        YamlNode At(YamlNode node, params string[] path) => path.Aggregate(node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

        var on = At(root, "on");
        var cron = ((YamlScalarNode)At(((YamlSequenceNode)At(on, "schedule")).Children.Single(), "cron")).Value!;
        var crontab = Read("crontab").Split('\n').Single(l => l.Length > 0 && char.IsDigit(l[0]));
        Assert.Equal(string.Join(' ', crontab.Split(' ')[..5]), cron);
        _ = CronExpression.Parse(cron);
        Assert.Equal("false", ((YamlScalarNode)At(At(on, "workflow_dispatch"), "inputs", "week", "required")).Value);

        var jobs = (YamlMappingNode)At(root, "jobs");
        var steps = ((YamlSequenceNode)At(jobs.Children.Single().Value, "steps")).Children.Cast<YamlMappingNode>().ToList();
        Assert.NotEmpty(steps);
        foreach (var step in steps)
        {
            var keys = step.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value).ToList();
            Assert.True(keys.Contains("uses") ^ keys.Contains("run"), string.Join(", ", keys));
            if (keys.Contains("uses"))
            {
                Assert.Matches(@"^[\w-]+/[\w/-]+@v\d+$", ((YamlScalarNode)step.Children[new YamlScalarNode("uses")]).Value!);
            }
        }

        var script = steps.Select(s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? ((YamlScalarNode)run).Value : null).Single(s => s is not null)!;
        Assert.Contains(" weekly ", script, StringComparison.Ordinal);
        Assert.Contains("\"$code\" -eq 4", script, StringComparison.Ordinal);
    }

    private static (int Code, string Output) SystemdAnalyze(params string[] args)
    {
        var start = new ProcessStartInfo(SystemdAnalyzeFactAttribute.SystemdAnalyze!) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["SYSTEMD_COLORS"] = "0";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, (stdout + stderr.Result).Trim());
    }
}
