using System.CommandLine;
using System.Globalization;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Text;
using Benchmarking.Reports;

namespace Benchmarking.Cli.Commands;

/// <summary>
/// <c>carebench quality [brands…]</c>: compute the missing text features in the store (once per post), then print each
/// brand's care-quality figures from the text with the example posts behind them (customer handles pseudonymised), and
/// write them as a report (<c>quality.html</c>, <c>quality.md</c> under <c>--out</c>).
/// </summary>
internal static class QualityCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var brands = new Argument<string[]>("brands")
        {
            Description = "Brands to print, by registry id, handle or name (e.g. delta AmericanAir). Default: every brand with mentions or replies.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var defaults = new TextQualityOptions();
        var model = new Option<string>("--model")
        {
            Description = "The sentiment model (zip written by 'carebench train sentiment'). Relative to the current directory.",
            DefaultValueFactory = _ => defaults.ModelPath,
            HelpName = "path",
        };
        var rules = new Option<string>("--rules")
        {
            Description = "The text rules (deflection, hedging, intent, themes, sign-offs). Relative to the current directory.",
            DefaultValueFactory = _ => defaults.RulesPath,
            HelpName = "path",
        };
        var examples = new Option<int>("--examples")
        {
            Description = "Example posts printed per figure (earliest first).",
            DefaultValueFactory = _ => defaults.ExamplesPerFigure,
            HelpName = "count",
        };
        var command = new Command("quality", "Measure care quality from the text per brand: mention sentiment and intent, response rate over actionable mentions, sentiment recovery, canned replies, channel deflection, hedging and recurring issues, with the example posts behind each figure.")
        {
            brands,
            model,
            rules,
            examples,
            options.ShowCustomers,
            options.PseudonymKey,
        };
        command.Add(options.Store);
        command.Add(options.Out);
        command.Add(options.Window);
        command.Add(options.From);
        command.Add(options.To);

        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var registry = options.LoadRegistry(parse, context);
            var metricsOptions = options.MetricsOptions(parse);
            var qualityOptions = defaults with
            {
                ModelPath = context.ResolveShipped(parse.GetValue(model)!, CommonOptions.IsDefault(parse, model)),
                RulesPath = context.ResolveShipped(parse.GetValue(rules)!, CommonOptions.IsDefault(parse, rules)),
                ExamplesPerFigure = parse.GetValue(examples),
                PseudonymKey = options.PseudonymKeyValue(parse),
                ShowCustomers = parse.GetValue(options.ShowCustomers),
            };
            var problems = qualityOptions.Validate();
            if (problems.Count > 0)
            {
                throw new UsageException("Invalid options: " + string.Join("; ", problems) + ".");
            }

            var typed = parse.GetValue(brands) ?? [];
            var selected = typed.Length > 0 ? Resolve(registry, typed) : null;
            using var benchmark = CommandRunner.OpenBenchmark(context, options.StorePath(parse, context), registry, mustExist: true);
            TextFeatureUpdate update;
            try
            {
                update = TextProgress.Run(context, progress => benchmark.AnalyzeText(qualityOptions, progress, context.CancellationToken));
            }
            catch (TextModelException e)
            {
                throw new UsageException(e.Message);
            }

            var quality = benchmark.Quality(metricsOptions, qualityOptions) ?? [];
            if (update.Computed == 0)
            {
                context.Out.WriteLine(TextProgress.Summary(update));
            }
            var printed = quality.Where(q => selected is null || selected.Contains(q.BrandId)).ToList();
            var paths = ReportWriter.WriteQualityAsync(printed, null, options.OutDirectory(parse, context), context.CancellationToken, qualityOptions.ShowCustomers, registry).GetAwaiter().GetResult();
            var report = Path.GetFileName(paths[0]);

            // The console stays short: full detail only for a few brands asked for by name; otherwise one line per brand
            // for the busiest few, and the report holds everything.
            if (selected is not null && printed.Count <= ConsoleBrands)
            {
                foreach (var brand in printed)
                {
                    Print(context.Out, registry, brand);
                }
            }
            else
            {
                PrintTop(context.Out, registry, printed, report);
            }

            context.Out.WriteLine();
            foreach (var path in paths)
            {
                context.Out.WriteLine(path);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static HashSet<string> Resolve(BrandRegistry registry, IReadOnlyList<string> typed)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var text in typed)
        {
            try
            {
                ids.Add(registry.Resolve(text).Id);
            }
            catch (ArgumentException e)
            {
                problems.Add(e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal));
            }
        }

        return problems.Count > 0 ? throw new UsageException(string.Join(Environment.NewLine, problems)) : ids;
    }

    /// <summary>Brands printed in full on the console; the report has every brand.</summary>
    private const int ConsoleBrands = 10;

    /// <summary>One line for each of the <see cref="ConsoleBrands"/> brands with the most mentions, and a pointer to the report.</summary>
    private static void PrintTop(TextWriter o, BrandRegistry registry, IReadOnlyList<BrandQuality> quality, string report)
    {
        var top = quality.OrderByDescending(q => q.Mentions).ThenBy(q => q.BrandId, StringComparer.Ordinal).Take(ConsoleBrands).ToList();
        o.WriteLine();
        o.WriteLine($"Text quality of the {Formats.Count(top.Count)} {(top.Count == 1 ? "brand" : "brands")} with the most mentions, of {Formats.Count(quality.Count)}; every brand with its templates, issues and examples is in {report} (or name brands for their detail here):");
        foreach (var q in top)
        {
            var name = registry.Brands.FirstOrDefault(b => b.Id == q.BrandId)?.Name ?? q.BrandId;
            o.WriteLine($"  {name}: {Formats.Count(q.Mentions)} mentions, response rate {Formats.Percent(q.ResponseRate)}; {Formats.Count(q.Replies)} {(q.Replies == 1 ? "reply" : "replies")}, templated {Formats.Percent(q.TemplatedShare)}, deflecting {Formats.Percent(q.DeflectionRate)}");
        }

        if (quality.Count > top.Count)
        {
            o.WriteLine($"  … and {Formats.Count(quality.Count - top.Count)} more brand(s) in {report}");
        }
    }

    private static string Estimated(ShareEstimate shares, int i) =>
        $"{Formats.Percent(shares.Estimated[i])} [{Formats.Percent(shares.Intervals[i].Lower)}, {Formats.Percent(shares.Intervals[i].Upper)}]";

    private static void Print(TextWriter o, BrandRegistry registry, BrandQuality q)
    {
        var name = registry.Brands.FirstOrDefault(b => b.Id == q.BrandId)?.Name ?? q.BrandId;
        o.WriteLine();
        o.WriteLine($"== {name} ({q.BrandId}) ==");
        o.WriteLine($"Mentions {Formats.Count(q.Mentions)}: {Kinds(q.MentionSentiment)}; intent {Kinds(q.MentionIntent)}.");
        if (q.SentimentShares is { } shares)
        {
            string[] classes = ["negative", "neutral", "positive"];
            var estimated = string.Join(", ", classes.Select((c, i) => $"{c} {Estimated(shares, i)}"));
            var accuracy = string.Join(", ", q.SentimentValidation.Select(v => $"{Formats.Percent(v.Accuracy)} {(v.InDomain ? "in domain" : "out of domain")} ({v.Set})"));
            var complaint = q.ComplaintShare is { } c ? $"; complaints {Estimated(c, 1)}" : string.Empty;
            o.WriteLine($"Estimated shares ({ShareEstimator.Version}, 95% intervals): {estimated}{complaint}. Model accuracy (validated): {accuracy}. Compare brands only where the intervals do not overlap.");
        }

        o.WriteLine($"Response rate {Formats.Percent(q.ResponseRate)} over all mentions, {Formats.Percent(q.ActionableResponseRate)} over {Formats.Count(q.ActionableMentions)} actionable (questions and complaints).");
        var r = q.Recovery;
        o.WriteLine($"Sentiment recovery after the brand's reply: improved {Formats.Count(r.Improved)}, same {Formats.Count(r.Same)}, worsened {Formats.Count(r.Worsened)} ({Formats.Percent(r.ImprovedShare)} improved, {Formats.Percent(r.WorsenedShare)} worsened); no follow-up {Formats.Count(r.NoFollowUp)}.");
        if (q.RecoveryShares is { } recovery)
        {
            string[] outcomes = ["improved", "same", "worse"];
            o.WriteLine($"Estimated recovery shares ({ShareEstimator.Version} on both classes of each conversation, 95% intervals): {string.Join(", ", outcomes.Select((outcome, i) => $"{outcome} {Estimated(recovery, i)}"))}. Compare brands only where the intervals do not overlap.");
        }

        o.WriteLine($"Replies {Formats.Count(q.Replies)}: templated {Formats.Count(q.TemplatedReplies)} ({Formats.Percent(q.TemplatedShare)}), deflecting {Formats.Count(q.DeflectedReplies)} ({Formats.Percent(q.DeflectionRate)}: {Kinds(q.DeflectionKinds)}), formulaic {Formats.Count(q.HedgedReplies)} ({Formats.Percent(q.HedgingShare)}: {Kinds(q.HedgingKinds)}).");
        foreach (var t in q.TopTemplates)
        {
            o.WriteLine($"  template ×{Formats.Count(t.Count)} ({(t.Variants == 1 ? "1 variant" : $"{t.Variants} variants")}) \"{Shorten(t.Text, 110)}\"");
        }

        if (q.Themes.Count > 0)
        {
            o.WriteLine("Recurring issues: " + string.Join(", ", q.Themes.Select(t => $"{t.Theme} {Formats.Count(t.Count)} ({t.Trend}: {Formats.Count(t.FirstHalf)} → {Formats.Count(t.SecondHalf)})")) + ".");
        }

        if (q.DiscoveredThemes.Count > 0)
        {
            o.WriteLine("Discovered phrases (distinctive vs other brands): " + string.Join(", ", q.DiscoveredThemes.Select(t =>
                string.Create(CultureInfo.InvariantCulture, $"\"{t.Phrase}\" {Formats.Count(t.Count)} (z {t.Distinctiveness:0.0}; last 8 weeks {string.Join(' ', t.Weekly.Skip(Math.Max(0, t.Weekly.Count - 8)).Select(w => w.Count))})"))) + ".");
        }

        Examples(o, q, "deflection", q.DeflectionKinds.SelectMany(k => k.ExamplePostIds.Take(1).Select(id => (k.Kind, id))));
        Examples(o, q, "formula", q.HedgingKinds.SelectMany(k => k.ExamplePostIds.Take(1).Select(id => (k.Kind, id))));
        Examples(o, q, "template", q.TopTemplates.Take(2).SelectMany(t => t.ExamplePostIds.Take(1).Select(id => (t.TemplateHash, id))));
        Examples(o, q, "issue", q.Themes.SelectMany(t => t.ExamplePostIds.Take(1).Select(id => (t.Theme, id))));
        Examples(o, q, "phrase", q.DiscoveredThemes.SelectMany(t => t.ExamplePostIds.Take(1).Select(id => ($"\"{t.Phrase}\"", id))));
        Examples(o, q, "recovery", r.ExamplePostIds.Select(id => ("follow-up", id)));
    }

    private static void Examples(TextWriter o, BrandQuality q, string figure, IEnumerable<(string Kind, string PostId)> ids)
    {
        foreach (var (kind, id) in ids)
        {
            if (q.Examples.TryGetValue(id, out var e))
            {
                o.WriteLine($"  e.g. {figure} {kind}: #{e.PostId} @{e.Author} {Formats.Time(e.CreatedAt)}: {Shorten(e.Text, 140)}");
            }
        }
    }

    private static string Kinds(IReadOnlyList<KindCount> kinds) =>
        kinds.Count == 0 ? "none" : string.Join(", ", kinds.Select(k => $"{k.Kind} {Formats.Count(k.Count)}"));

    private static string Shorten(string text, int max)
    {
        var oneLine = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= max ? oneLine : oneLine[..(max - 1)] + "…";
    }
}
