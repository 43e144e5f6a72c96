using System.Text.Json;
using AngleSharp.Dom;

namespace PortalGen.Tests.Support;

/// <summary>A page's JSON-LD, read back as a search engine reads it, detached from the parsed document.</summary>
internal static class PageJsonLd
{
    private const string Scripts = "script[type='application/ld+json']";

    /// <summary>The page's first JSON-LD object.</summary>
    public static JsonElement Of(IDocument page) => JsonDocument.Parse(page.QuerySelector(Scripts)!.TextContent).RootElement.Clone();

    /// <summary>The page's one JSON-LD object of a schema.org type: a release that announces an event has two.</summary>
    public static JsonElement OfType(IDocument page, string type) => page.QuerySelectorAll(Scripts)
        .Select(script => JsonDocument.Parse(script.TextContent).RootElement.Clone())
        .Single(json => json.GetProperty("@type").GetString() == type);
}
