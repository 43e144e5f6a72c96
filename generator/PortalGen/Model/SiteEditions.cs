using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>
/// The site in each of its languages: one <see cref="Site"/> per language, in the order site.yml lists them, each
/// with its own releases, pages, indexes and URLs. A one-language site has one edition, at the site root.
/// </summary>
internal sealed record SiteEditions(ImmutableArray<Site> All)
{
    /// <summary>The edition at the site root, in the default language.</summary>
    public Site Default => All.First(edition => edition.Settings.Language == edition.Settings.DefaultLanguage);

    /// <summary>Releases published, in any language (a release listed as another language's fallback counts once).</summary>
    public int ReleaseCount => All.Sum(edition => edition.Releases.Count(edition.IsOwn));

    public ImmutableArray<LeftOutRelease> LeftOut => [.. All.SelectMany(edition => edition.LeftOut).OrderBy(l => l.SourcePath, StringComparer.Ordinal)];
}
