using System.Globalization;

namespace PortalGen.Model;

/// <summary>
/// The only code that makes a URL or an output path. Pages are addressed by site-relative paths
/// ("", "news/2020/slug/"); from those come output files, root-relative links (which carry the
/// base URL's path, so a site can live under /portal/) and absolute permalinks. A language other than
/// the default lives in its own folder (/de/): paths stay the same in every language, and the scheme
/// of that language's edition puts the folder in front of them.
/// </summary>
internal sealed class UrlScheme(Uri baseUrl, string languageFolder = "")
{
    public const string ReleasesSection = "news";
    public const string PagePrefix = "page";
    public const string PartnersSection = "partners";
    public const string TopicsSection = "topics";
    public const string AssetsFolder = "assets/";
    public const string EventsSection = "events";

    /// <summary>Top-level names the generator writes itself; a plain page may not take them.</summary>
    public static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(StringComparer.Ordinal)
    {
        ReleasesSection, PagePrefix, PartnersSection, TopicsSection, "search", "assets", "feed.xml", "rss.xml", "feed.json", "sitemap.xml", "news-sitemap.xml", "robots.txt", "404.html", "search-index.json",
        EventsSection, "events.ics", "admin", "schema",
    };

    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>"" for the default language, "de/" for German.</summary>
    public string LanguageFolder { get; } = languageFolder;

    /// <summary>The base URL's path, "/" or "/portal/".</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public static string Release(DateTimeOffset date, string slug) => Year(date.Year) + slug + "/";

    /// <summary>The archive: every year with its count.</summary>
    public static string Archive => ReleasesSection + "/";

    public static string Year(int year) => $"{ReleasesSection}/{year.ToString(CultureInfo.InvariantCulture)}/";

    public static string Partners => PartnersSection + "/";

    public static string Partner(string id) => $"{PartnersSection}/{id}/";

    public static string Topics => TopicsSection + "/";

    public static string Topic(string id) => $"{TopicsSection}/{id}/";

    public static string Page(string relativePathWithoutExtension) => relativePathWithoutExtension + "/";

    /// <summary>Page 1 of a list lives at the list's own path, page n at path/page/n/.</summary>
    public static string Paged(string listPath, int pageNumber) =>
        pageNumber <= 1 ? listPath : $"{listPath}{PagePrefix}/{pageNumber.ToString(CultureInfo.InvariantCulture)}/";

    public static string Home => "";

    /// <summary>The events the releases announce, upcoming first.</summary>
    public static string Events => EventsSection + "/";

    /// <summary>Every event of a language's edition, for calendar apps to subscribe to.</summary>
    public static string EventsCalendar => "events.ics";

    /// <summary>The calendar file of one release's event, beside its page.</summary>
    public static string EventCalendar(string releasePath) => releasePath + "event.ics";

    public static string NotFound => "404.html";

    public static string Search => "search/";

    public static string Sitemap => "sitemap.xml";

    /// <summary>Google News' sitemap of the releases of the last 48 hours (<see cref="NewsWindow"/>).</summary>
    public static string NewsSitemap => "news-sitemap.xml";

    public static string Robots => "robots.txt";

    /// <summary>The favicon set, at the site root, where browsers ask for /favicon.ico unprompted.</summary>
    public static string FaviconIco => "favicon.ico";

    /// <summary>The favicon as a vector, when brand.favicon is an SVG.</summary>
    public static string FaviconSvg => "favicon.svg";

    public static string AppleTouchIcon => "apple-touch-icon.png";

    /// <summary>A square PNG icon of the web app manifest, 192 or 512 px.</summary>
    public static string AppIcon(int size) => string.Create(CultureInfo.InvariantCulture, $"icon-{size}.png");

    public static string WebManifest => "site.webmanifest";

    public static string SearchIndex => "search-index.json";

    /// <summary>A press contact's vCard, one for every language: below the site root.</summary>
    public static string ContactCard(string id) => $"contacts/{id}.vcf";

    /// <summary>A list's feeds live beside it: feed.xml, partners/ID/rss.xml, topics/ID/feed.json.</summary>
    public static string FeedOf(string listPath, FeedFormat format) => listPath + format.FileName();

    /// <summary>The file a page is written to, below the output folder: pretty URLs end in index.html.</summary>
    public static string OutputFile(string path, string languageFolder = "") =>
        languageFolder + (path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);

    /// <summary>The folder of a language: none for the default language, the lowercase code otherwise (de/).</summary>
    public static string FolderOf(string language, string defaultLanguage) =>
        string.Equals(language, defaultLanguage, StringComparison.OrdinalIgnoreCase) ? "" : language.ToLowerInvariant() + "/";

    /// <summary>A path of a language's edition as a path below the site root: de/news/2020/x/.</summary>
    public static string PathIn(string languageFolder, string path) => languageFolder + path;

    /// <summary>The scheme of another language's edition.</summary>
    public UrlScheme InFolder(string folder) => folder == LanguageFolder ? this : new UrlScheme(BaseUrl, folder);

    /// <summary>The file a path of this scheme's language is written to.</summary>
    public string OutputFileOf(string path) => OutputFile(path, LanguageFolder);

    /// <summary>A root-relative link for templates: /portal/news/2020/slug/, /portal/de/news/2020/slug/.</summary>
    public string Href(string path) => BasePath + LanguageFolder + path;

    /// <summary>A root-relative link to a path made from file names, each segment percent-encoded (names may hold spaces).</summary>
    public string EscapedHref(string path) => Href(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));

    /// <summary>An absolute URL for feeds, sitemaps, canonical links and sharing tags.</summary>
    public string Permalink(string path) => new Uri(BaseUrl, LanguageFolder + path).AbsoluteUri;

    /// <summary>
    /// An image or logo as editors write it, as a link: '/x' is below the site root, 'x' beside the page, 'https://'
    /// as written. Assets are shared by all languages, so they never take a language folder.
    /// </summary>
    public string AssetHref(string reference, string pagePath) =>
        IsExternal(reference) ? reference : BasePath + AssetPath(reference, pagePath);

    /// <summary>An image or logo as an absolute URL, for sharing tags, feeds and JSON-LD.</summary>
    public string AssetPermalink(string reference, string pagePath) =>
        IsExternal(reference) ? reference : new Uri(BaseUrl, AssetPath(reference, pagePath)).AbsoluteUri;

    /// <summary>
    /// The reverse of <see cref="Href"/>: a link as found on the page at <paramref name="pagePath"/>, taken apart,
    /// or null when it goes to another host or is no web link at all (mailto:, tel:).
    /// </summary>
    public SiteLink? SiteLinkOf(string link, string pagePath)
    {
        if (!Uri.TryCreate(new Uri(BaseUrl, pagePath), link.Trim(), out var target)
            || target.Scheme is not ("http" or "https")
            || !string.Equals(target.Host, BaseUrl.Host, StringComparison.OrdinalIgnoreCase)
            || target.Port != BaseUrl.Port)
        {
            return null;
        }

        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
        var path = target.AbsolutePath;
        return new SiteLink(path.StartsWith(BasePath, StringComparison.Ordinal) ? Uri.UnescapeDataString(path[BasePath.Length..]) : null, fragment);
    }

    private static bool IsExternal(string reference) =>
        reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string AssetPath(string reference, string pagePath) =>
        reference.StartsWith('/') ? reference.TrimStart('/') : pagePath + reference;
}
