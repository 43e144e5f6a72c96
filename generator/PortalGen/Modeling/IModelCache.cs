using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>
/// Where the parse and model stages may reuse the work of an earlier run (the preview server's memory). Each answer
/// must be what the stage's own function gives for the same input, diagnostics included; <see cref="ModelCache.Nothing"/>
/// always does the work.
/// </summary>
internal interface IModelCache
{
    /// <summary>site.yml and the registries, as <paramref name="read"/> reads them.</summary>
    SiteDefinitions Definitions(SiteSource source, Func<DiagnosticBag, SiteDefinitions> read, DiagnosticBag diagnostics);

    /// <summary>What exists in the content folder, as <see cref="ContentIndex.From"/> lists it.</summary>
    ContentIndex Content(SiteSource source);

    /// <summary>The document, as <see cref="ContentDocumentParser.Parse"/> gives it.</summary>
    ContentDocument? Parse(SourceFile file, SiteSettings settings, ContentIndex content, DiagnosticBag diagnostics);

    /// <summary>The release made from a document, as <see cref="ReleaseFactory.Create"/> makes it.</summary>
    Release? Release(ContentDocument document, RegistryLookup registry, DiagnosticBag diagnostics);

    /// <summary>The releases in the site's order, as <see cref="SiteBuilder.NewestFirst"/> sorts them.</summary>
    ImmutableArray<Release> NewestFirst(List<Release> releases);

    /// <summary>The indexes of the releases, as <see cref="SiteIndexes.Build"/> makes them.</summary>
    SiteIndexes Indexes(ImmutableArray<Release> newestFirst, ImmutableArray<Partner> partners, ImmutableArray<Topic> topics, int relatedCount);
}
