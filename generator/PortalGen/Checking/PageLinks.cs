using System.Collections.Immutable;
using AngleSharp.Html.Parser;

namespace PortalGen.Checking;

/// <summary>What the link checker needs from one page: the links it makes and the ids a fragment can point at.</summary>
public sealed record PageLinks(ImmutableArray<string> Links, ImmutableHashSet<string> Ids)
{
    /// <summary>The attributes that make the browser fetch or go somewhere within the site.</summary>
    private static readonly (string Selector, string Attribute)[] LinkAttributes =
    [
        ("a[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"), ("source[src]", "src"),
    ];

    public static PageLinks Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var links = ImmutableArray.CreateBuilder<string>();
        foreach (var (selector, attribute) in LinkAttributes)
        {
            links.AddRange(document.QuerySelectorAll(selector).Select(element => element.GetAttribute(attribute)!));
        }

        foreach (var element in document.QuerySelectorAll("img[srcset], source[srcset]"))
        {
            links.AddRange(SrcsetUrls(element.GetAttribute("srcset")!));
        }

        var ids = document.QuerySelectorAll("[id]").Select(element => element.Id!).ToImmutableHashSet(StringComparer.Ordinal);
        return new PageLinks(links.ToImmutable(), ids);
    }

    /// <summary>"a.png 1x, b.png 2x": the URL is each candidate's first word.</summary>
    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(candidate => candidate.Split(' ', 2)[0]);
}
