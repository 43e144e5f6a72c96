using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>The two <see cref="IModelCache"/>s the stages make themselves: one that keeps nothing, and one for a translation.</summary>
internal static class ModelCache
{
    /// <summary>
    /// The cache for a translated edition: documents and releases as the site's cache has them, but its own order
    /// and indexes, since a cache keeps one edition's, and the default language's is the one worth keeping.
    /// </summary>
    public static IModelCache ForTranslation(IModelCache cache) => new Translation(cache);

    /// <summary>Keeps nothing: every answer is the stage's own work.</summary>
    internal class Nothing : IModelCache
    {
        public SiteDefinitions Definitions(SiteSource source, Func<DiagnosticBag, SiteDefinitions> read, DiagnosticBag diagnostics) => read(diagnostics);

        public ContentIndex Content(SiteSource source) => ContentIndex.From(source);

        public ContentDocument? Parse(SourceFile file, SiteSettings settings, ContentIndex content, DiagnosticBag diagnostics) =>
            ContentDocumentParser.Parse(file, settings, content, diagnostics);

        public Release? Release(ContentDocument document, RegistryLookup registry, DiagnosticBag diagnostics) =>
            ReleaseFactory.Create(document, registry, diagnostics);

        public ImmutableArray<Release> NewestFirst(List<Release> releases) => SiteBuilder.NewestFirst(releases);

        public SiteIndexes Indexes(ImmutableArray<Release> newestFirst, ImmutableArray<Partner> partners, ImmutableArray<Topic> topics, int relatedCount) =>
            SiteIndexes.Build(newestFirst, partners, topics, relatedCount);
    }

    /// <remarks>An edition is built from documents already parsed: of the site's cache it needs the releases alone.</remarks>
    private sealed class Translation(IModelCache site) : Nothing, IModelCache
    {
        Release? IModelCache.Release(ContentDocument document, RegistryLookup registry, DiagnosticBag diagnostics) => site.Release(document, registry, diagnostics);
    }
}
