using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PortalGen.Checking;

/// <summary>What the link checker needs from one page: the links it makes and the ids a fragment can point at.</summary>
internal sealed record PageLinks(ImmutableArray<string> Links, ImmutableHashSet<string> Ids)
{
    /// <summary>One parser per thread, reused for its pages; AngleSharp does not promise that one may be shared.</summary>
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    public static PageLinks Read(string html)
    {
        var links = ImmutableArray.CreateBuilder<string>();
        var ids = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        // One walk over the elements instead of a query per kind of link: pages are parsed by the thousand.
        foreach (var element in Parser.Value!.ParseDocument(html).All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            AddLinks(element, links);
        }

        return new PageLinks(links.ToImmutable(), ids.ToImmutable());
    }

    /// <summary>The attributes that make the browser fetch or go somewhere: a/link href, img/script/source src, srcset.</summary>
    private static void AddLinks(IElement element, ImmutableArray<string>.Builder links)
    {
        var attribute = element.LocalName switch
        {
            "a" or "link" => "href",
            "img" or "script" or "source" => "src",
            _ => null,
        };
        if (attribute is not null && element.GetAttribute(attribute) is { } link)
        {
            links.Add(link);
        }

        if (element.LocalName is "img" or "source" && element.GetAttribute("srcset") is { } srcset)
        {
            // "a.png 1x, b.png 2x": the URL is each candidate's first word.
            links.AddRange(srcset.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(candidate => candidate.Split(' ', 2)[0]));
        }
    }
}
