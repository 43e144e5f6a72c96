using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>The settings of site.yml, checked and with defaults filled in.</summary>
internal sealed record SiteSettings
{
    public required string Title { get; init; }

    /// <summary>Absolute, ending in '/'; its path is where the site lives on its host (/ or /portal/).</summary>
    public required Uri BaseUrl { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The language of the pages made with these settings; for the whole site, the default language.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The site's languages in the order site.yml lists them; a one-language site has just <see cref="Language"/>.</summary>
    public ImmutableArray<SiteLanguage> Languages
    {
        get => languages.IsDefaultOrEmpty ? [new SiteLanguage(DefaultLanguage)] : languages;
        init => languages = value;
    }

    /// <summary>The language published at the site root; the others live under /CODE/.</summary>
    public string DefaultLanguage
    {
        get => defaultLanguage ?? Language;
        init => defaultLanguage = value;
    }

    /// <summary>A language's indexes also list the default-language releases that have no translation into it.</summary>
    public bool LanguageFallback { get; init; }

    public bool IsMultilingual => Languages.Length > 1;

    private readonly ImmutableArray<SiteLanguage> languages;
    private readonly string? defaultLanguage;

    /// <summary>Releases per index page.</summary>
    public int Paginate { get; init; } = 10;

    /// <summary>Entries in each feed.</summary>
    public int FeedSize { get; init; } = 20;

    /// <summary>The formats every feed is written in, in the order of <see cref="FeedFormat"/>; never empty.</summary>
    public ImmutableArray<FeedFormat> FeedFormats { get; init; } = Model.FeedFormats.All;

    /// <summary>Related releases shown on a release page.</summary>
    public int Related { get; init; } = 4;

    /// <summary>
    /// Past this many releases the search index is split into files fetched as queries need them (<c>search_split</c>).
    /// One file of 1,000 releases is 2 MB, 240 KB gzipped: about what a split index's query fetches at worst.
    /// </summary>
    public int SearchSplit { get; init; } = 1000;

    /// <summary>The zone of dates written without one.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public ImageSettings Images { get; init; } = new();

    public BrandSettings Brand { get; init; } = new();

    /// <summary>
    /// The one colour of the site, for the theme: the brand's, else the social cards' <c>images.accent</c>
    /// (which in turn takes the brand's unless site.yml names its own).
    /// </summary>
    public string Accent => Brand.Accent ?? Images.Accent;

    /// <summary>The browser editor's settings; null when the site has none (the default).</summary>
    public EditorSettings? Editor { get; init; }

    /// <summary>What the build adds for the host (<c>deploy:</c>): _headers, minified HTML.</summary>
    public DeploySettings Deploy { get; init; } = new();

    /// <summary>Raw HTML in Markdown is kept only when the site opts in.</summary>
    public bool UnsafeHtml { get; init; }

    public ImmutableSortedDictionary<string, object?> Params { get; init; } = ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The contact of releases that name none (<c>press_contact:</c>), checked against contacts.yml.</summary>
    public RegistryReference? PressContact { get; init; }
}
