using PortalGen.Model;
using Scriban.Runtime;
using static PortalGen.Rendering.ReadOnlyViews;

namespace PortalGen.Rendering;

/// <summary>The views of the registries: partners, their groups by kind, topics, and the years of the archive.</summary>
internal sealed partial class TemplateViews
{
    private ScriptObject PartnerView(Partner partner) => new()
    {
        ["id"] = partner.Id,
        ["url"] = site.Urls.Href(UrlScheme.Partner(partner.Id)),
        ["release_count"] = site.Indexes.ReleasesOf(partner).Length,
        ["name"] = partner.Name,
        ["short"] = partner.ShortName,
        ["kind"] = KindName(partner.Kind),
        ["website"] = partner.Website,
        ["logo"] = partner.Logo is { } logo ? site.Urls.AssetHref(logo, UrlScheme.Home) : null,
        ["location"] = partner.Location,
        ["description"] = partner.Description,
        ["feed_url"] = MainFeedUrl(UrlScheme.Partner(partner.Id)),
        ["feeds"] = FeedLinks(UrlScheme.Partner(partner.Id)),
        ["json_ld"] = JsonLd.Organization(site, partner),
        ["latest_json_url"] = site.Urls.Permalink(LatestReleases.PathOf(partner)),
        ["feed_permalink"] = site.Urls.Permalink(LatestReleases.FeedPathOf(site, partner)),
        ["snippet"] = Lazily(() => SyndicationSnippet.Of(site, partner)),
    };

    private ScriptObject TopicView(Topic topic) => new()
    {
        ["id"] = topic.Id,
        ["url"] = site.Urls.Href(UrlScheme.Topic(topic.Id)),
        ["release_count"] = site.Indexes.ReleasesOf(topic).Length,
        ["name"] = topic.Name,
        ["description"] = topic.Description,
        ["feed_url"] = MainFeedUrl(UrlScheme.Topic(topic.Id)),
        ["feeds"] = FeedLinks(UrlScheme.Topic(topic.Id)),
    };

    /// <summary>The partner index's groups, in the order of <see cref="PartnerKind"/>; kinds without partners are left out.</summary>
    private IEnumerable<ScriptObject> PartnerGroupViews() =>
        site.Partners
            .GroupBy(p => p.Kind)
            .OrderBy(group => group.Key)
            .Select(group => Freeze(new ScriptObject
            {
                ["kind"] = KindName(group.Key),
                ["title"] = texts.Format("kind_" + KindName(group.Key)),
                ["partners"] = FreezeArray(group.Select(p => partners[p.Id])),
            }));

    private LateBoundView YearView(YearArchive year)
    {
        var view = new LateBoundView
        {
            ["year"] = year.Year,
            ["url"] = site.Urls.Href(UrlScheme.Year(year.Year)),
            ["release_count"] = year.Releases.Length,
        };
        view.Late("releases", () => ReleaseList(year.Releases));
        return view;
    }

    private static string KindName(PartnerKind kind) => kind.ToString().ToLowerInvariant();
}
