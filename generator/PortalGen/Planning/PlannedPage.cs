using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>One HTML page to write: its kind (which picks the template), its path, and what it shows.</summary>
internal sealed record PlannedPage(PageKind Kind, string Path, string Title)
{
    public Release? Release { get; init; }

    public PlainPage? Page { get; init; }

    public Partner? Partner { get; init; }

    public Topic? Topic { get; init; }

    public YearArchive? Year { get; init; }

    public Paginator? Paginator { get; init; }

    /// <summary>The language of the edition the page belongs to.</summary>
    public string Language { get; init; } = "";

    /// <summary>That edition's folder: "" for the default language, "de/" for German.</summary>
    public string LanguageFolder { get; init; } = "";

    /// <summary>What the page's versions in the other languages share: a release's or plain page's file, else its path.</summary>
    public string TranslationKey => Release?.TranslationKey ?? Page?.TranslationKey ?? Path;

    public string OutputFile => UrlScheme.OutputFile(Path, LanguageFolder);

    /// <summary>The path below the site root, language folder included: what a link on the page is relative to.</summary>
    public string SitePath => UrlScheme.PathIn(LanguageFolder, Path);
}
