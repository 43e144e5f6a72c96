using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>
/// The whole site as an immutable model: built once after parsing and validation, then only read
/// (by the planner, the renderers, the feed and sitemap writers), so it is safe to share across threads.
/// </summary>
internal sealed record Site
{
    public required SiteSettings Settings { get; init; }

    public required UrlScheme Urls { get; init; }

    /// <summary>Newest first; releases of the same instant ordered by path so builds are reproducible.</summary>
    public required ImmutableArray<Release> Releases { get; init; }

    public required ImmutableArray<PlainPage> Pages { get; init; }

    public required ImmutableArray<Partner> Partners { get; init; }

    public required ImmutableArray<Topic> Topics { get; init; }

    /// <summary>The press contacts, in this edition's language.</summary>
    public PressContacts Contacts { get; init; } = PressContacts.None;

    /// <summary>The funders of research, in this edition's language.</summary>
    public ImmutableArray<Funder> Funders { get; init; } = [];

    public required SiteIndexes Indexes { get; init; }

    public ImmutableArray<LeftOutRelease> LeftOut { get; init; } = [];

    /// <summary>Files of published page bundles and other files beside releases and pages, copied as they are.</summary>
    public ImmutableArray<StaticFile> Resources { get; init; } = [];

    /// <summary>True for a release of this edition's language; false for a default-language release listed as a fallback.</summary>
    public bool IsOwn(Release release) => IsOwn(release.Language);

    /// <summary>True for a page of this edition's language; false for a default-language page its menus link to.</summary>
    public bool IsOwn(PlainPage page) => IsOwn(page.Language);

    /// <summary>The scheme of the edition a release belongs to: a fallback release links to its default-language page.</summary>
    public UrlScheme UrlsOf(Release release) => UrlsIn(release.Language);

    public UrlScheme UrlsOf(PlainPage page) => UrlsIn(page.Language);

    private bool IsOwn(string language) => string.Equals(language, Settings.Language, StringComparison.Ordinal);

    private UrlScheme UrlsIn(string language) =>
        IsOwn(language) ? Urls : Urls.InFolder(UrlScheme.FolderOf(language, Settings.DefaultLanguage));
}
