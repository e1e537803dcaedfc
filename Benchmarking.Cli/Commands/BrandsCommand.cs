using System.CommandLine;
using System.Globalization;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Benchmarking.Cli.Commands;

/// <summary>
/// <c>carebench brands [--industry x]</c>: validate and list the brand registry; <c>--suggest-aliases [--apply]</c>:
/// find hidden-alias candidates in the store and, only when asked, write a copy of the registry with them.
/// </summary>
internal static class BrandsCommand
{
    /// <summary>File name of the registry copy <c>--apply</c> writes under <c>--out</c>.</summary>
    public const string AppliedFileName = "brands.with-aliases.json";

    public static Command Create(CliContext context, CommonOptions options)
    {
        var industry = new Option<string?>("--industry")
        {
            Description = "List only the brands of this industry (e.g. airlines).",
            HelpName = "name",
        };
        var suggest = new Option<bool>("--suggest-aliases")
        {
            Description = "Instead of listing, find hidden aliases in the store: handles that customer posts mention and that one brand answers far more often than chance (e.g. a brand account the data set anonymised). Prints the evidence (counts, share answered by the brand, chance share, example post ids) and a confidence; writes no file.",
        };
        var apply = new Option<bool>("--apply")
        {
            Description = $"With --suggest-aliases: write a copy of the registry with the suggested aliases added to <out>/{AppliedFileName} (the registry itself is never changed). Review it before using it with --brands.",
        };
        var command = new Command("brands", "Validate the brand registry and list its brands (id, name, industry, handles, time zone and support hours, aliases); every problem is printed at once.")
        {
            industry,
            suggest,
            apply,
            options.Store,
            options.Out,
        };
        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var registry = options.LoadRegistry(parse, context);
            if (parse.GetValue(suggest))
            {
                return SuggestAliases(context, options, parse, registry, parse.GetValue(apply));
            }

            if (parse.GetValue(apply))
            {
                throw new UsageException("--apply only works with --suggest-aliases.");
            }

            var wanted = parse.GetValue(industry) is { } name ? Industries.Resolve(registry, name) : null;
            var brands = registry.Brands
                .Where(b => wanted is null || b.Industry == wanted)
                .OrderBy(b => b.Industry, StringComparer.Ordinal)
                .ThenBy(b => b.Id, StringComparer.Ordinal)
                .ToList();
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("Id");
            table.AddColumn("Name");
            table.AddColumn("Industry");
            table.AddColumn("Handles");
            table.AddColumn("Time zone, hours");
            foreach (var brand in brands)
            {
                var handles = string.Join(", ", brand.Handles.Select(h => $"{h.Platform.ToString().ToLowerInvariant()}:@{h.Handle}")
                    .Concat(brand.Aliases.Select(h => $"alias {h.Platform.ToString().ToLowerInvariant()}:@{h.Handle}")));
                var hours = brand.PlatformHours.Count == 0
                    ? brand.Hours.ToString()
                    : $"{brand.Hours}; {string.Join("; ", brand.PlatformHours.Select(p => $"{p.Key.ToName()}: {p.Value}"))}";
                table.AddRow(new IRenderable[] { new Text(brand.Id), new Text(brand.Name), new Text(brand.Industry), new Text(handles), new Text($"{brand.TimeZoneId}, {hours}") });
            }

            context.Console.Write(table);
            foreach (var warning in registry.Warnings)
            {
                context.Out.WriteLine($"Warning: {warning.Message}");
            }

            context.Out.WriteLine($"{Formats.Count(brands.Count)} brand(s){(wanted is null ? $" in {Formats.Count(registry.Industries.Count)} industries" : $" in {wanted}")}; registry {options.RegistryPath(parse, context)} is valid.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static int SuggestAliases(CliContext context, CommonOptions options, ParseResult parse, BrandRegistry registry, bool apply)
    {
        using var benchmark = CommandRunner.OpenBenchmark(context, options.StorePath(parse, context), registry, mustExist: true);
        var suggestions = benchmark.SuggestAliases();
        var defaults = new AliasSuggestionOptions();
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var (header, right) in new[]
        {
            ("Handle", false), ("Brand", false), ("Confidence", false), ("Answered by brand", true), ("Answered by any brand", true),
            ("Mentions", true), ("Share (95% low)", true), ("Chance", true), ("New mentions", true), ("Authored", true), ("Example posts", false),
        })
        {
            var column = new TableColumn(header);
            table.AddColumn(right ? column.RightAligned() : column);
        }

        foreach (var s in suggestions)
        {
            table.AddRow(
                new Text($"{s.Platform.ToName()}:@{s.Handle}"),
                new Text(s.BrandId),
                new Text(s.Confidence),
                new Text(Formats.Count(s.AnsweredByBrand)),
                new Text(Formats.Count(s.AnsweredByAny)),
                new Text(Formats.Count(s.Mentions)),
                new Text($"{Formats.Percent(s.Share)} ({Formats.Percent(s.ShareLower)})"),
                new Text(Formats.Percent(s.BrandBaseShare)),
                new Text(Formats.Count(s.NewMentions)),
                new Text(Formats.Count(s.AuthoredPosts)),
                new Text(string.Join(" ", s.ExamplePostIds)));
        }

        context.Console.Write(table);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Formats.Count(suggestions.Count)} alias suggestion(s): a handle mentioned in customer posts of which at least {defaults.MinimumAnswered} are answered by one brand, at least {Formats.Percent(defaults.MinimumShare)} of the answered ones, and at least {defaults.MinimumLift:0.#}× its chance share (its share of all answered customer posts), and that would add mentions. Confidence: the 95% lower bound of the share (high ≥ 80%, medium ≥ 60%). New mentions: answered posts that are not yet the brand's mentions."));
        if (!apply)
        {
            context.Out.WriteLine($"Nothing written. Add --apply to write a copy of the registry with these aliases to {Path.Combine(options.OutDirectory(parse, context), AppliedFileName)}.");
            return ExitCodes.Ok;
        }

        var destination = Path.Combine(options.OutDirectory(parse, context), AppliedFileName);
        var added = RegistryCopy.WriteWithAliases(options.RegistryPath(parse, context), suggestions, destination);
        context.Out.WriteLine($"Wrote {destination} with {Formats.Count(added)} alias(es) added; the registry {options.RegistryPath(parse, context)} is unchanged.");
        return ExitCodes.Ok;
    }

}
