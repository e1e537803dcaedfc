using System.CommandLine;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Benchmarking.Cli.Commands;

/// <summary><c>carebench brands [--industry x]</c>: validate and list the brand registry.</summary>
internal static class BrandsCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var industry = new Option<string?>("--industry")
        {
            Description = "List only the brands of this industry (e.g. airlines).",
            HelpName = "name",
        };
        var command = new Command("brands", "Validate the brand registry and list its brands (id, name, industry, handles); every problem is printed at once.")
        {
            industry,
        };
        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var registry = options.LoadRegistry(parse, context);
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
            foreach (var brand in brands)
            {
                var handles = string.Join(", ", brand.Handles.Select(h => $"{h.Platform.ToString().ToLowerInvariant()}:@{h.Handle}"));
                table.AddRow(new IRenderable[] { new Text(brand.Id), new Text(brand.Name), new Text(brand.Industry), new Text(handles) });
            }

            context.Console.Write(table);
            context.Out.WriteLine($"{Formats.Count(brands.Count)} brand(s){(wanted is null ? $" in {Formats.Count(registry.Industries.Count)} industries" : $" in {wanted}")}; registry {options.RegistryPath(parse, context)} is valid.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
