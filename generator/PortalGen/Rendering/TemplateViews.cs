using System.Collections.Frozen;
using System.Collections.Immutable;
using PortalGen.Model;
using PortalGen.Parsing;
using PortalGen.Planning;
using Scriban.Runtime;
using static PortalGen.Rendering.ReadOnlyViews;

namespace PortalGen.Rendering;

/// <summary>
/// What templates see, built once from the model as explicit, read-only script objects (never .NET
/// objects by reflection): shared by every page and every thread, so nothing a template does can change them.
/// </summary>
internal sealed partial class TemplateViews
{
    /// <summary>The globals of <see cref="GlobalsOf"/> (releases among them), with the layout and html that PageRenderer adds.</summary>
    private const int GlobalsCapacity = 19;

    /// <summary>The members of <see cref="CommonPageView"/>, which a release's or plain page's view only sets again.</summary>
    private const int PageViewCapacity = 44;

    private readonly Site site;
    private readonly UiTexts texts;
    private readonly ScriptObject textsView;
    private readonly PageTranslations translations;
    private readonly FrozenDictionary<string, ScriptObject> partners;
    private readonly FrozenDictionary<string, ScriptObject> topics;
    private readonly Dictionary<Release, int> releaseIndexes;
    private readonly ScriptObject?[] releases;
    private readonly FrozenDictionary<int, ScriptObject> years;
    private readonly ScriptObject siteView;
    private readonly ScriptArray partnerList;
    private readonly ScriptArray topicList;
    private readonly Lazy<ScriptArray> releaseList;
    private readonly ScriptArray yearList;
    private readonly ScriptArray partnerGroups;
    private readonly CachedInclude cachedInclude = new();
    private readonly DateTimeOffset now;
    private readonly ScriptObject? eventsView;
    private readonly AssetFunction asset;
    private readonly int? copyrightYear;
    private readonly ImageSize? logoSize;

    /// <param name="site">One language's edition.</param>
    /// <param name="texts">The theme's words in that language.</param>
    /// <param name="translations">Every page's versions in the site's languages.</param>
    /// <param name="now">The build's now, which decides whether an event is upcoming or past.</param>
    /// <param name="asset">The <c>asset</c> function over the theme's fingerprinted files.</param>
    /// <param name="copyrightYear">The year of the site's newest release in any language, which every edition's footer shows; null for none.</param>
    /// <param name="logoSize">The brand logo's own size, for its width and height in the header; null when unknown.</param>
    public TemplateViews(Site site, UiTexts texts, PageTranslations translations, DateTimeOffset now, AssetFunction asset, int? copyrightYear, ImageSize? logoSize)
    {
        this.copyrightYear = copyrightYear;
        this.logoSize = logoSize;
        this.asset = asset;
        this.site = site;
        this.now = now;
        this.texts = texts;
        textsView = ReadOnlyViews.OfTexts(texts);
        this.translations = translations;
        siteView = Freeze(SiteView());
        partners = site.Partners.ToFrozenDictionary(p => p.Id, p => Freeze(PartnerView(p)), StringComparer.Ordinal);
        topics = site.Topics.ToFrozenDictionary(t => t.Id, t => Freeze(TopicView(t)), StringComparer.Ordinal);
        releaseIndexes = new Dictionary<Release, int>(site.Releases.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < site.Releases.Length; i++)
        {
            releaseIndexes[site.Releases[i]] = i;
        }

        releases = new ScriptObject?[site.Releases.Length];
        years = site.Indexes.Years.ToFrozenDictionary(y => y.Year, y => Freeze(YearView(y)));
        partnerList = FreezeArray(site.Partners.Select(p => partners[p.Id]));
        topicList = FreezeArray(site.Topics.Select(t => topics[t.Id]));
        releaseList = new Lazy<ScriptArray>(() => ReleaseList(site.Releases));
        yearList = FreezeArray(site.Indexes.Years.Select(y => years[y.Year]));
        partnerGroups = FreezeArray(PartnerGroupViews());
        eventsView = EventsView();
    }

    /// <summary>
    /// Every global a template sees, on every page alike: what does not apply to a page is null (or empty),
    /// so a template may test for it while a misspelt name is still an error.
    /// </summary>
    public ScriptObject GlobalsOf(PlannedPage page)
    {
        var globals = new LateBoundView(GlobalsCapacity)
        {
            ["site"] = siteView,
            ["page"] = PageOf(page),
            ["paginator"] = PaginatorOf(page),
            ["partners"] = partnerList,
            ["partner_groups"] = partnerGroups,
            ["topics"] = topicList,
            ["years"] = yearList,
            ["partner"] = page.Partner is { } partner ? partners[partner.Id] : null,
            ["topic"] = page.Topic is { } topic ? topics[topic.Id] : null,
            ["year"] = page.Year is { } year ? years[year.Year] : null,
            ["t"] = textsView,
            ["translations"] = TranslationsOf(page),
            ["languages"] = LanguagesOf(page),
            ["include_cached"] = cachedInclude,
            ["events"] = eventsView,
            ["asset"] = asset,
        };
        globals.Late("releases", () => releaseList.Value);
        return globals;
    }

    /// <summary>The <c>page</c> of a planned page: every kind has the same members, so templates can rely on them.</summary>
    private ScriptObject PageOf(PlannedPage page)
    {
        if (page.Release is { } release)
        {
            return ReleaseViewOf(release);
        }

        var view = CommonPageView(page.Kind, page.Title, page.Path, site.Urls);
        if (page.Page is { } plain)
        {
            view["summary"] = plain.Summary;
            var content = PdfCardTexts.Fill(plain.ContentHtml, texts);
            view["content"] = content;
            view["content_after_lead"] = content;
            view["params"] = Params(plain.Params);
        }

        if ((page.Partner?.Description ?? page.Topic?.Description) is { } description)
        {
            view["summary"] = description;
        }

        // A partner's or topic's pages announce its own feed beside the site's, named by the list (not "page 2"); a
        // partner's also its Organization.
        if (page.Partner is { } partner)
        {
            view["feed_url"] = partners[partner.Id]["feed_url"];
            view["feed_title"] = partner.Name;
            view["feeds"] = partners[partner.Id]["feeds"];
            view["json_ld"] = partners[partner.Id]["json_ld"];
        }

        if (page.Topic is { } topic)
        {
            view["feed_url"] = topics[topic.Id]["feed_url"];
            view["feed_title"] = topic.Name;
            view["feeds"] = topics[topic.Id]["feeds"];
        }

        return Freeze(view);
    }

    private ScriptObject? PaginatorOf(PlannedPage page)
    {
        if (page.Paginator is not { } paginator)
        {
            return null;
        }

        return Freeze(new ScriptObject
        {
            ["items"] = ReleaseList(paginator.Items),
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

    private ScriptArray MenuLinks(PageMenu menu) => FreezeArray(site.Pages
        .Where(p => p.Menu == menu)
        .Select(p => Freeze(new ScriptObject { ["title"] = p.Title, ["url"] = site.UrlsOf(p).Href(p.Path), ["language"] = p.Language })));

    private ScriptObject SiteView() => new()
    {
        ["title"] = site.Settings.Title,
        ["description"] = site.Settings.Description,
        ["language"] = site.Settings.Language,
        ["base_url"] = site.Settings.BaseUrl.AbsoluteUri,
        ["url"] = site.Urls.Href(UrlScheme.Home),
        ["feed_url"] = MainFeedUrl(UrlScheme.Home),
        ["feed_type"] = site.Settings.FeedFormats[0].MediaType(),
        ["feeds"] = FeedLinks(UrlScheme.Home),
        ["search_url"] = site.Urls.Href(UrlScheme.Search),
        ["search_index_url"] = site.Urls.Href(UrlScheme.SearchIndex),

        // The theme's css and js, shared by every language, so always below the site root.
        ["assets_url"] = site.Urls.AssetHref("/" + UrlScheme.AssetsFolder, UrlScheme.Home),
        ["params"] = Params(site.Settings.Params),
        ["pages"] = MenuLinks(PageMenu.Main),
        ["footer_pages"] = MenuLinks(PageMenu.Footer),
        ["archive_url"] = site.Urls.Href(UrlScheme.Archive),
        ["partners_url"] = site.Urls.Href(UrlScheme.Partners),
        ["topics_url"] = site.Urls.Href(UrlScheme.Topics),
        ["copyright_year"] = copyrightYear,
        ["brand"] = Freeze(new ScriptObject
        {
            ["logo"] = site.Settings.Brand.Logo is { } logo ? site.Urls.AssetHref(logo, UrlScheme.Home) : null,

            // The logo's own size, so the header keeps its room before the file arrives (no layout shift).
            ["logo_width"] = logoSize?.Width,
            ["logo_height"] = logoSize?.Height,
            ["accent"] = site.Settings.Accent,

            // The favicon set at the site root, shared by every language (Planning/FaviconFiles).
            ["favicon_ico"] = site.Urls.AssetHref("/" + UrlScheme.FaviconIco, UrlScheme.Home),
            ["favicon_svg"] = FaviconFiles.HasVector(site.Settings.Brand) ? site.Urls.AssetHref("/" + UrlScheme.FaviconSvg, UrlScheme.Home) : null,
            ["apple_touch_icon"] = site.Urls.AssetHref("/" + UrlScheme.AppleTouchIcon, UrlScheme.Home),
            ["manifest"] = site.Urls.AssetHref("/" + UrlScheme.WebManifest, UrlScheme.Home),
        }),
    };

    /// <summary>
    /// The view of a release, made when a page first needs it (in parallel while pages render; in the preview
    /// server only for the pages asked for) and kept. Release views link to each other, so the links are made
    /// on first read: <c>prev</c> is the release published before (older), <c>next</c> the one after (newer),
    /// <c>related</c> as the model chose. Two threads may make the same view at once; both are alike and one is kept.
    /// </summary>
    /// <remarks>
    /// Found by the release itself: with the language fallback, an untranslated release and a translation may share a path.
    /// </remarks>
    private ScriptObject ReleaseViewOf(Release release)
    {
        ref var slot = ref releases[releaseIndexes[release]];
        if (Volatile.Read(ref slot) is { } made)
        {
            return made;
        }

        var view = Freeze(ReleaseView(release));
        return Interlocked.CompareExchange(ref slot, view, null) ?? view;
    }

    /// <summary>
    /// The views of releases, in a list of their number: a paginated page makes one for its items, and filling a
    /// list from a Select (which has no count) grew it by copying, 3 % of the render's samples at 10,000 releases.
    /// </summary>
    private ScriptArray ReleaseList(ImmutableArray<Release> list)
    {
        var views = new ScriptArray(list.Length);
        foreach (var release in list)
        {
            views.Add(ReleaseViewOf(release));
        }

        ((IScriptObject)views).IsReadOnly = true;
        return views;
    }

    private LateBoundView ReleaseView(Release release)
    {
        var view = CommonPageView(PageKind.Release, release.Title, release.Path, site.UrlsOf(release));
        var links = site.Indexes.LinksOf(release);
        view.Late("prev", () => links.Older is { } older ? ReleaseViewOf(older) : null);
        view.Late("next", () => links.Newer is { } newer ? ReleaseViewOf(newer) : null);
        view.Late("related", () => ReleaseList(links.Related));
        view["language"] = release.Language;
        view["date"] = DateTexts.LongDate(release.Date, site.Settings.Language);
        view["date_iso"] = DateTexts.Instant(release.Date);
        view["year"] = release.Date.Year;
        view["lastmod_iso"] = release.LastModified is { } modified ? DateTexts.Instant(modified) : null;
        view["author"] = release.Author;
        view["location"] = release.Location;
        view["summary"] = release.Summary;
        view["lead"] = release.LeadHtml.Length == 0 ? null : LeadParagraph.InnerHtml(release.LeadHtml);
        view["content"] = PdfCardTexts.Fill(release.ContentHtml, texts);
        view["content_after_lead"] = PdfCardTexts.Fill(release.BodyAfterLead, texts);
        view["image"] = release.Image is { } image ? site.Urls.AssetHref(image, release.Path) : null;
        view["image_permalink"] = release.Image is null ? null : site.Urls.AssetPermalink(release.Image, release.Path);
        view["image_alt"] = release.ImageAlt;
        view["image_width"] = release.ImageSize?.Width;
        view["image_height"] = release.ImageSize?.Height;
        AddImageViews(view, release);
        AddDownloadViews(view, release);
        view["partners"] = FreezeArray(release.Partners.Select(p => partners[p.Id]));
        view["topics"] = FreezeArray(release.Topics.Select(t => topics[t.Id]));
        view["boilerplates"] = BoilerplateViews(release);
        view["press_contacts"] = PressContactViews(release);
        view["research"] = ResearchView(release);
        view["params"] = Params(release.Params);
        view["draft"] = release.Draft;
        view["scheduled"] = release.Scheduled;
        view["event"] = EventView(release);
        view["json_ld"] = Lazily(() => JsonLd.NewsArticle(site, release));
        return view;
    }

    private LateBoundView CommonPageView(PageKind kind, string title, string path, UrlScheme urls) => new(PageViewCapacity)
    {
        ["kind"] = TemplateNameOf(kind),
        ["section"] = SectionOf(kind),
        ["title"] = title,
        ["url"] = urls.Href(path),
        ["permalink"] = urls.Permalink(path),

        // The language the page is written in: another than the edition's for a release listed as a fallback.
        ["language"] = site.Settings.Language,
        ["summary"] = site.Settings.Description,
        ["lead"] = null,
        ["content"] = null,
        ["content_after_lead"] = null,
        ["date"] = null,
        ["date_iso"] = null,
        ["year"] = null,
        ["lastmod_iso"] = null,
        ["author"] = null,
        ["location"] = null,
        ["image"] = null,
        ["image_permalink"] = null,
        ["image_alt"] = null,
        ["image_width"] = null,
        ["image_height"] = null,
        ["picture"] = null,
        ["thumbnail"] = null,
        ["share_image"] = null,
        ["image_credit"] = null,
        ["image_license"] = null,
        ["image_license_url"] = null,
        ["downloads"] = FreezeArray([]),
        ["press_kit"] = null,
        ["partners"] = FreezeArray([]),
        ["topics"] = FreezeArray([]),
        ["press_contacts"] = FreezeArray([]),
        ["boilerplates"] = FreezeArray([]),
        ["research"] = null,
        ["params"] = Params(System.Collections.Immutable.ImmutableSortedDictionary<string, object?>.Empty),
        ["draft"] = false,
        ["scheduled"] = false,
        ["prev"] = null,
        ["next"] = null,
        ["related"] = FreezeArray([]),
        ["event"] = null,

        // head.html prints these when present: a release's view sets its NewsArticle; a partner's page takes
        // partner.json_ld (an Organization) and partner.feed_url and feeds, a topic's page topic.feed_url and feeds,
        // with the partner's or topic's name as feed_title.
        ["feed_url"] = null,
        ["feed_title"] = null,
        ["feeds"] = FreezeArray([]),
        ["json_ld"] = null,
    };

    /// <summary>The part of the site a page belongs to, for the navigation to mark; null for plain pages.</summary>
    private static string? SectionOf(PageKind kind) => kind switch
    {
        PageKind.Home or PageKind.Release or PageKind.Archive or PageKind.Year => UrlScheme.ReleasesSection,
        PageKind.Partners or PageKind.Partner => UrlScheme.PartnersSection,
        PageKind.Topics or PageKind.Topic => UrlScheme.TopicsSection,
        _ => null,
    };
}
