using System.Text.RegularExpressions;
using System.Xml;

namespace Benchmarking.Reports.Charts;

/// <summary>
/// An SVG chart checked safe to embed in HTML as raw markup: it parsed as XML and contains only drawing elements and
/// attributes (no script, no event handler, no external reference). Text inside it (legend labels, tick labels) was
/// XML-escaped by the SVG writer, so a brand name like <c>&lt;script&gt;</c> arrives as text, never as markup. The only
/// way to get one is <see cref="FromPlot"/>, which is what makes <c>MarkupString</c> on <see cref="Svg"/> safe.
/// </summary>
/// <remarks>
/// Public only because Razor components are always public and take it as a parameter; its constructor and factory are
/// not, so no other assembly can create one around arbitrary markup.
/// </remarks>
public sealed partial class ChartSvg
{
    private static readonly HashSet<string> AllowedElements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "clipPath", "rect", "path", "line", "polyline", "polygon", "circle", "ellipse", "text", "tspan",
    };

    private static readonly HashSet<string> AllowedAttributes = new(StringComparer.Ordinal)
    {
        "xmlns", "xmlns:xlink", "width", "height", "viewBox", "role", "id", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
        "rx", "ry", "d", "points", "transform", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
        "stroke-opacity", "stroke-miterlimit", "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset",
        "opacity", "clip-path", "clip-rule", "font-size", "font-family", "font-weight", "font-style", "text-anchor",
        "dominant-baseline",
    };

    private readonly ScottPlot.Plot plot;

    private ChartSvg(string svg, int width, int height, string name, ScottPlot.Plot plot)
    {
        Svg = svg;
        Width = width;
        Height = height;
        Name = name;
        this.plot = plot;
    }

    /// <summary>The chart's name within its page (its id prefix, e.g. <c>trend-rate</c>): the suffix of its file names.</summary>
    public string Name { get; }

    /// <summary>The same chart as a PNG image of <see cref="Width"/> × <see cref="Height"/> pixels, for slides.</summary>
    internal byte[] Png() => plot.GetImageBytes(Width, Height, ScottPlot.ImageFormat.Png);

    /// <summary>The chart as a standalone SVG file: the XML declaration and the namespace a viewer needs.</summary>
    internal string SvgFile() =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + (Svg.Contains("xmlns=", StringComparison.Ordinal) ? Svg : Svg.Replace("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", StringComparison.Ordinal)) + "\n";

    /// <summary>The SVG element (no XML declaration), ready to embed in HTML.</summary>
    public string Svg { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>
    /// Renders <paramref name="plot"/> to SVG, makes it deterministic and embeddable, and checks it is safe.
    /// </summary>
    /// <param name="plot">The plot.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="idPrefix">Prefix for element ids, unique per chart within one HTML page (letters, digits, hyphens).</param>
    /// <exception cref="InvalidOperationException">The SVG writer produced markup outside the allowed drawing subset.</exception>
    internal static ChartSvg FromPlot(ScottPlot.Plot plot, int width, int height, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (!IdPrefixPattern().IsMatch(idPrefix))
        {
            throw new ArgumentException("id prefix must start with a letter and contain only letters, digits and hyphens", nameof(idPrefix));
        }

        var svg = Normalize(plot.GetSvgXml(width, height), width, height, idPrefix);
        Check(svg);
        return new ChartSvg(svg, width, height, idPrefix, plot);
    }

    /// <summary>
    /// Drops the XML declaration, adds a viewBox (so CSS can scale the chart) and renames element ids. Skia numbers clip
    /// paths from a process-wide counter (<c>cl_4</c>, <c>cl_7</c>, …), so the same chart rendered twice differs and two
    /// charts on one page could collide; ids become <c>{prefix}-1</c>, <c>{prefix}-2</c>, … in order of appearance.
    /// </summary>
    internal static string Normalize(string svg, int width, int height, string idPrefix)
    {
        svg = XmlDeclarationPattern().Replace(svg, string.Empty).Trim();
        var root = SvgRootPattern().Match(svg);
        if (!root.Success)
        {
            throw new InvalidOperationException("the chart renderer did not produce an <svg> element");
        }

        svg = string.Concat(
            svg.AsSpan(0, root.Index),
            $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\"",
            svg.AsSpan(root.Index + root.Length));

        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttributePattern().Matches(svg))
        {
            var id = match.Groups["id"].Value;
            if (!renames.ContainsKey(id))
            {
                renames[id] = $"{idPrefix}-{renames.Count + 1}";
            }
        }

        return renames.Count == 0
            ? svg
            : IdReferencePattern().Replace(svg, m => renames.TryGetValue(m.Groups["id"].Value, out var renamed)
                ? m.Groups["before"].Value + renamed
                : m.Value);
    }

    /// <summary>Throws unless <paramref name="svg"/> is well-formed XML using only allowed elements and attributes.</summary>
    internal static void Check(string svg)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(svg), settings);
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (!AllowedElements.Contains(reader.LocalName))
                        {
                            throw Unsafe($"element <{reader.LocalName}>");
                        }

                        while (reader.MoveToNextAttribute())
                        {
                            if (!AllowedAttributes.Contains(reader.Name))
                            {
                                throw Unsafe($"attribute '{reader.Name}' on <{reader.LocalName}>");
                            }

                            if (reader.Value.Contains("url(", StringComparison.OrdinalIgnoreCase)
                                && !LocalUrlPattern().IsMatch(reader.Value))
                            {
                                throw Unsafe($"non-local url in attribute '{reader.Name}'");
                            }
                        }

                        break;
                    case XmlNodeType.ProcessingInstruction:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.EntityReference:
                        throw Unsafe($"{reader.NodeType} node");
                }
            }
        }
        catch (XmlException e)
        {
            throw new InvalidOperationException($"the chart renderer produced SVG that is not well-formed XML: {e.Message}", e);
        }
    }

    private static InvalidOperationException Unsafe(string what) =>
        new($"the chart renderer produced SVG with {what}, which is not allowed in an embedded chart; the chart was not written");

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]*$")]
    private static partial Regex IdPrefixPattern();

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclarationPattern();

    [GeneratedRegex(@"<svg\b")]
    private static partial Regex SvgRootPattern();

    [GeneratedRegex("\\bid=\"(?<id>[^\"]+)\"")]
    private static partial Regex IdAttributePattern();

    [GeneratedRegex("(?<before>\\bid=\"|url\\(#|href=\"#)(?<id>[^\")]+)")]
    private static partial Regex IdReferencePattern();

    [GeneratedRegex(@"^\s*url\(#[A-Za-z0-9_-]+\)\s*$")]
    private static partial Regex LocalUrlPattern();
}
