using System.Collections.Frozen;
using PortalGen.Model;
using PortalGen.Planning;
using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>
/// What templates see, built once from the model as explicit, read-only script objects (never .NET
/// objects by reflection): shared by every page and every thread, so nothing a template does can change them.
/// </summary>
public sealed class TemplateViews
{
    private readonly Site site;
    private readonly FrozenDictionary<string, ScriptObject> partners;
    private readonly FrozenDictionary<string, ScriptObject> topics;
    private readonly FrozenDictionary<string, ScriptObject> releases;

    public TemplateViews(Site site)
    {
        this.site = site;
        Site = Freeze(SiteView());
        partners = site.Partners.ToFrozenDictionary(p => p.Id, p => Freeze(PartnerView(p)), StringComparer.Ordinal);
        topics = site.Topics.ToFrozenDictionary(t => t.Id, t => Freeze(TopicView(t)), StringComparer.Ordinal);
        releases = site.Releases.ToFrozenDictionary(r => r.Path, r => Freeze(ReleaseView(r)), StringComparer.Ordinal);
        Partners = FreezeArray(site.Partners.Select(p => partners[p.Id]));
        Topics = FreezeArray(site.Topics.Select(t => topics[t.Id]));
        Releases = FreezeArray(site.Releases.Select(r => releases[r.Path]));
    }

    public ScriptObject Site { get; }

    public ScriptArray Partners { get; }

    public ScriptArray Topics { get; }

    public ScriptArray Releases { get; }

    /// <summary>The <c>page</c> of a planned page: every kind has the same members, so templates can rely on them.</summary>
    public ScriptObject PageOf(PlannedPage page)
    {
        if (page.Release is { } release)
        {
            return releases[release.Path];
        }

        var view = CommonPageView(page.Kind, page.Title, page.Path);
        if (page.Page is { } plain)
        {
            view["summary"] = plain.Summary;
            view["content"] = plain.ContentHtml;
            view["params"] = ParamsView(plain.Params);
        }

        return Freeze(view);
    }

    public ScriptObject? PaginatorOf(PlannedPage page)
    {
        if (page.Paginator is not { } paginator)
        {
            return null;
        }

        return Freeze(new ScriptObject
        {
            ["items"] = FreezeArray(paginator.Items.Select(r => releases[r.Path])),
            ["page"] = paginator.PageNumber,
            ["pages"] = paginator.PageCount,
            ["total"] = paginator.TotalItems,
            ["first_url"] = site.Urls.Href(paginator.FirstPath),
            ["prev_url"] = paginator.PreviousPath is { } previous ? site.Urls.Href(previous) : null,
            ["next_url"] = paginator.NextPath is { } next ? site.Urls.Href(next) : null,
        });
    }

    public static string TemplateNameOf(PageKind kind) => kind switch
    {
        PageKind.NotFound => "404",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private ScriptObject SiteView() => new()
    {
        ["title"] = site.Settings.Title,
        ["description"] = site.Settings.Description,
        ["language"] = site.Settings.Language,
        ["base_url"] = site.Settings.BaseUrl.AbsoluteUri,
        ["url"] = site.Urls.Href(UrlScheme.Home),
        ["feed_url"] = site.Urls.Href(UrlScheme.FeedOf(UrlScheme.Home)),
        ["search_url"] = site.Urls.Href(UrlScheme.Search),
        ["search_index_url"] = site.Urls.Href(UrlScheme.SearchIndex),
        ["params"] = ParamsView(site.Settings.Params),
        ["pages"] = FreezeArray(site.Pages.Select(p => Freeze(new ScriptObject { ["title"] = p.Title, ["url"] = site.Urls.Href(p.Path) }))),
        ["copyright_year"] = site.Releases.IsEmpty ? null : site.Releases[0].Date.Year,
    };

    private ScriptObject PartnerView(Partner partner) => new()
    {
        ["id"] = partner.Id,
        ["name"] = partner.Name,
        ["short"] = partner.ShortName,
        ["kind"] = partner.Kind.ToString().ToLowerInvariant(),
        ["website"] = partner.Website,
        ["logo"] = partner.Logo is { } logo ? site.Urls.AssetHref(logo, UrlScheme.Home) : null,
        ["location"] = partner.Location,
        ["description"] = partner.Description,
        ["feed_url"] = site.Urls.Href(UrlScheme.FeedOf(UrlScheme.Partner(partner.Id))),
        ["json_ld"] = JsonLd.Organization(site, partner),
    };

    private ScriptObject TopicView(Topic topic) => new()
    {
        ["id"] = topic.Id,
        ["name"] = topic.Name,
        ["description"] = topic.Description,
        ["feed_url"] = site.Urls.Href(UrlScheme.FeedOf(UrlScheme.Topic(topic.Id))),
    };

    private ScriptObject ReleaseView(Release release)
    {
        var view = CommonPageView(PageKind.Release, release.Title, release.Path);
        view["date"] = DateTexts.LongDate(release.Date, site.Settings.Language);
        view["date_iso"] = DateTexts.Iso(release.Date, release.HasTime);
        view["year"] = release.Date.Year;
        view["lastmod_iso"] = release.LastModified is { } modified ? DateTexts.Iso(modified, hasTime: true) : null;
        view["author"] = release.Author;
        view["location"] = release.Location;
        view["summary"] = release.Summary;
        view["content"] = release.ContentHtml;
        view["image"] = release.Image is { } image ? site.Urls.AssetHref(image, release.Path) : null;
        view["image_permalink"] = release.Image is null ? null : site.Urls.AssetPermalink(release.Image, release.Path);
        view["image_alt"] = release.ImageAlt;
        view["partners"] = FreezeArray(release.Partners.Select(p => partners[p.Id]));
        view["topics"] = FreezeArray(release.Topics.Select(t => topics[t.Id]));
        view["params"] = ParamsView(release.Params);
        view["draft"] = release.Draft;
        view["scheduled"] = release.Scheduled;
        view["json_ld"] = JsonLd.NewsArticle(site, release);
        return view;
    }

    private ScriptObject CommonPageView(PageKind kind, string title, string path) => new()
    {
        ["kind"] = TemplateNameOf(kind),
        ["title"] = title,
        ["url"] = site.Urls.Href(path),
        ["permalink"] = site.Urls.Permalink(path),
        ["summary"] = site.Settings.Description,
        ["content"] = null,
        ["date"] = null,
        ["date_iso"] = null,
        ["year"] = null,
        ["lastmod_iso"] = null,
        ["author"] = null,
        ["location"] = null,
        ["image"] = null,
        ["image_permalink"] = null,
        ["image_alt"] = null,
        ["partners"] = new ScriptArray(),
        ["topics"] = new ScriptArray(),
        ["params"] = ParamsView(System.Collections.Immutable.ImmutableSortedDictionary<string, object?>.Empty),
        ["draft"] = false,
        ["scheduled"] = false,

        // head.html prints these when present: a release's view sets its NewsArticle; a partner's page takes
        // partner.json_ld (an Organization) and partner.feed_url, a topic's page topic.feed_url.
        ["feed_url"] = null,
        ["json_ld"] = null,
    };

    private static ScriptObject ParamsView(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var view = new LenientScriptObject();
        foreach (var (key, value) in values)
        {
            view[key] = PlainToScript(value);
        }

        return Freeze(view);
    }

    private static object? PlainToScript(object? value) => value switch
    {
        IDictionary<string, object?> map => ParamsView(map),
        IList<object?> list => FreezeArray(list.Select(PlainToScript)),
        _ => value,
    };

    private static ScriptObject Freeze(ScriptObject view)
    {
        ((IScriptObject)view).IsReadOnly = true;
        return view;
    }

    private static ScriptArray FreezeArray(IEnumerable<object?> items)
    {
        var array = new ScriptArray(items);
        ((IScriptObject)array).IsReadOnly = true;
        return array;
    }
}
