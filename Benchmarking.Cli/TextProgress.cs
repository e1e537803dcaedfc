using System.Globalization;
using Benchmarking.Engine.Text;
using Spectre.Console;

namespace Benchmarking.Cli;

/// <summary>
/// Shows a text-feature update, the longest phase of a first run on a large store: a progress bar on a terminal, plain
/// lines at most every <see cref="PlainProgress.Interval"/> when redirected
/// (<c>text features: 40% analysed, 1120000 of 2800000 posts, 98000 posts/s, ETA 17 s</c>), then one summary line when
/// anything was analysed.
/// </summary>
internal static class TextProgress
{
    /// <summary>Runs <paramref name="update"/> with progress and prints its summary.</summary>
    public static TextFeatureUpdate Run(CliContext context, Func<IProgress<TextFeatureProgress>, TextFeatureUpdate> update)
    {
        TextFeatureUpdate result;
        if (context.Interactive)
        {
            TextFeatureUpdate? done = null;
            context.Console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("text features", maxValue: 1);
                    long? started = null;
                    done = update(new SyncProgress<TextFeatureProgress>(p =>
                    {
                        // The rate counts from the update's first report (the model is loaded by then), not from the call.
                        started ??= context.Time.GetTimestamp();
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = Math.Min(p.Analysed, task.MaxValue);
                        task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"text features ({p.Analysed} posts{Rate(p, context.Time.GetElapsedTime(started.Value).TotalSeconds, eta: false)})"));
                    }));
                    task.Value = task.MaxValue;
                });
            result = done!;
        }
        else
        {
            long? started = null;
            var last = 0L;
            result = update(new SyncProgress<TextFeatureProgress>(p =>
            {
                var now = context.Time.GetTimestamp();
                if (started is null)
                {
                    // The rate counts from the update's first report (the model is loaded by then), not from the call.
                    started = last = now;
                    return;
                }

                if (context.Time.GetElapsedTime(last, now) < PlainProgress.Interval)
                {
                    return;
                }

                last = now;
                var percent = p.Total > 0 ? 100.0 * p.Analysed / p.Total : 100;
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  text features: {percent:0}% analysed, {p.Analysed} of {p.Total} posts{Rate(p, context.Time.GetElapsedTime(started.Value, now).TotalSeconds, eta: true)}"));
            }));
        }

        if (result.Computed > 0)
        {
            context.Out.WriteLine(Summary(result));
        }

        return result;
    }

    /// <summary>The line printed after an update: version, posts, time and rate.</summary>
    public static string Summary(TextFeatureUpdate update) => update.Computed == 0
        ? $"Text features {update.Version}: all posts already analysed."
        : string.Create(CultureInfo.InvariantCulture, $"Text features {update.Version}: analysed {update.Computed} post(s) in {update.Elapsed.TotalSeconds:0.0} s ({update.PostsPerSecond:0} posts/s).");

    private static string Rate(TextFeatureProgress p, double seconds, bool eta)
    {
        if (seconds <= 0 || p.Analysed <= 0)
        {
            return string.Empty;
        }

        var rate = p.Analysed / seconds;
        return eta
            ? string.Create(CultureInfo.InvariantCulture, $", {rate:0} posts/s, ETA {Formats.Duration(Math.Max(0, p.Total - p.Analysed) / rate)}")
            : string.Create(CultureInfo.InvariantCulture, $", {rate:0} posts/s");
    }
}
