using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;
using PortalGen.Settings;

namespace PortalGen.Modeling;

/// <summary>
/// The parse and model stages over loaded sources: settings and registries read, every content file parsed
/// in parallel, the immutable <see cref="Site"/> of each language built. The preview server's <see cref="IModelCache"/>
/// lets a rebuild read settings and registries, parse and check only the files that changed, and choose related
/// releases again only when what they depend on changed.
/// </summary>
internal static class SiteModeler
{
    /// <returns>The site in each of its languages, and the span of "now" within which the publication rules would leave out the same releases.</returns>
    public static (SiteEditions? Site, PublicationWindow Window) Model(SiteSource source, PipelineSettings options, DiagnosticBag diagnostics, IModelCache cache)
    {
        var definitions = Definitions(source, options, diagnostics, cache);
        var (settings, partners, topics) = definitions;
        if (settings is null)
        {
            return (null, default);
        }

        var content = cache.Content(source);
        PictureFileCheck.Check(settings.Brand, partners, definitions.Contacts, content, diagnostics);
        FaviconSourceCheck.Check(settings.Brand, content, diagnostics);
        var parsing = new StageProgress(options.Progress, BuildStage.Parsing, source.Releases.Length + source.Pages.Length);

        // The sources are not read past this line, so a build (which keeps no other reference) lets each release's text go once parsed.
        var (releaseFiles, pageFiles) = (source.Releases, source.Pages);
        var releases = ParseAll(releaseFiles, settings, content, options, parsing, diagnostics, cache);
        var pages = ParseAll(pageFiles, settings, content, options, parsing, diagnostics, cache);
        // A draft left out stays out whatever the clock says: its dates would only schedule rebuilds that change nothing.
        var window = PublicationWindow.Around(releases.Select(r => r.FrontMatter).Where(f => options.IncludeDrafts || !f.Draft), options.Clock.GetUtcNow());
        return (EditionBuilder.Build(new SiteInputs(settings, partners, topics, releases, pages, content) { Contacts = definitions.Contacts, Funders = definitions.Funders }, options, diagnostics, cache), window);
    }

    /// <remarks>
    /// Its own method, so no closure of <see cref="Model"/> captures the sources: their texts are collected once
    /// parsed, while the model is built.
    /// </remarks>
    private static SiteDefinitions Definitions(SiteSource source, PipelineSettings options, DiagnosticBag diagnostics, IModelCache cache)
    {
        SiteDefinitions Read(DiagnosticBag found)
        {
            // Without usable settings the registries are not read: their names per language depend on the site's
            // languages, so each would be a false error (one bad base_url gave 32 of them).
            var settings = SiteSettingsReader.Read(source.Settings!, options.BaseUrl, found);
            if (settings is null)
            {
                return new SiteDefinitions(null, [], []);
            }

            var partners = RegistryReader.ReadPartners(source.Partners, found, settings);
            return new SiteDefinitions(settings, partners, RegistryReader.ReadTopics(source.Topics, found, settings))
            {
                Contacts = RegistryReader.ReadContacts(source.Contacts, found, settings, partners),
                Funders = RegistryReader.ReadFunders(source.Funders, found, settings),
            };
        }

        return cache.Definitions(source, Read, diagnostics);
    }

    private static ContentDocument[] ParseAll(ImmutableArray<SourceFile> files, SiteSettings settings, ContentIndex content, PipelineSettings options, StageProgress progress, DiagnosticBag diagnostics, IModelCache cache)
    {
        // Each file is taken out as it is parsed: its text (80 MB for 10,000 releases) is then left to the collector
        // rather than promoted, with every text, by the full collections that parsing triggers.
        SourceFile?[] pending = [.. files];
        var documents = new ContentDocument?[pending.Length];
        Parallel.For(0, pending.Length, options.Parallelism, i =>
        {
            var file = pending[i]!;
            pending[i] = null;
            documents[i] = cache.Parse(file, settings, content, diagnostics);
            progress.Step();
        });
        return [.. documents.OfType<ContentDocument>()];
    }
}
