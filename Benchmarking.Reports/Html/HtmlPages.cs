using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Benchmarking.Reports.Html;

/// <summary>Renders a report page component to an HTML string with Razor's static <see cref="HtmlRenderer"/>.</summary>
internal static class HtmlPages
{
    /// <summary>Renders <typeparamref name="TPage"/> with <paramref name="parameters"/>; line endings are <c>\n</c>.</summary>
    public static async Task<string> RenderAsync<TPage>(IDictionary<string, object?> parameters)
        where TPage : IComponent
    {
        ArgumentNullException.ThrowIfNull(parameters);
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });

        // The .razor sources' line endings depend on the checkout; the report must not.
        return html.ReplaceLineEndings("\n");
    }
}
