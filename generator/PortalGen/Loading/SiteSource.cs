using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Loading;

/// <summary>Everything the build reads from disk, read once; later stages never touch the disk.</summary>
internal sealed record SiteSource(
    SourceFile? Settings,
    SourceFile? Partners,
    SourceFile? Topics,
    ImmutableArray<SourceFile> Releases,
    ImmutableArray<SourceFile> Pages,
    ImmutableArray<StaticFile> StaticFiles,
    ImmutableArray<SourceFile> SiteTemplates)
{
    /// <summary>Every file below news/ and pages/ that is not Markdown: bundle images and documents.</summary>
    public ImmutableArray<ContentResource> Resources { get; init; } = [];

    /// <summary>contacts.yml, the press contacts; null when the site has none.</summary>
    public SourceFile? Contacts { get; init; }

    /// <summary>funders.yml, the organisations that fund research; null when the site has none.</summary>
    public SourceFile? Funders { get; init; }

    /// <summary>The site's own templates/i18n/LANG.yml files, which change or add the theme's words.</summary>
    public ImmutableArray<SourceFile> TextFiles { get; init; } = [];

    /// <summary>Editor and system files left out (<see cref="LitterNames"/>), as diagnostics show paths, for --verbose.</summary>
    public ImmutableArray<string> LeftOutFiles { get; init; } = [];

    /// <summary>
    /// The sources as the stages after parsing read them: without the content files, whose texts (80 MB at 10,000
    /// releases) are then collected once parsed, unless the link checker reads them again.
    /// </summary>
    public SiteSource AfterParsing(bool keepContentFiles) => keepContentFiles ? this : this with { Releases = [], Pages = [] };
}
