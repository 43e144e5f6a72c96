using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Validation;

/// <summary>
/// The parse and model stages over loaded sources: settings and registries read, every content file parsed
/// in parallel, the immutable <see cref="Site"/> of each language built. Shared by <see cref="Build"/> and the preview server,
/// which hands in a <see cref="RebuildMemo"/> so a rebuild reads settings and registries, parses and checks only the files
/// that changed and chooses related releases again only when what they depend on changed.
/// </summary>
public static class SiteModeler
{
    /// <returns>The site in each of its languages, and the span of "now" within which the publication rules would leave out the same releases.</returns>
    /// <param name="content">What exists in the content folder, when the caller keeps it between rebuilds; else made from <paramref name="source"/>.</param>
    public static (SiteEditions? Site, PublicationWindow Window) Model(SiteSource source, BuildOptions options, DiagnosticBag diagnostics, RebuildMemo? memo = null, ContentIndex? content = null)
    {
        SiteDefinitions Read(DiagnosticBag found)
        {
            var settings = SiteSettingsReader.Read(source.Settings!, options.BaseUrl, found);
            return new SiteDefinitions(settings, RegistryReader.ReadPartners(source.Partners, found, settings), RegistryReader.ReadTopics(source.Topics, found, settings));
        }

        var (settings, partners, topics) = memo is null ? Read(diagnostics) : memo.Settings.GetOrRead(source, Read, diagnostics);
        if (settings is null)
        {
            return (null, default);
        }

        content ??= ContentIndex.From(source);
        var parsing = new StageProgress(options.Progress, BuildStage.Parsing, source.Releases.Length + source.Pages.Length);
        var releases = ParseAll(source.Releases, settings, content, options, parsing, diagnostics, memo?.Documents);
        var pages = ParseAll(source.Pages, settings, content, options, parsing, diagnostics, memo?.Documents);
        var window = PublicationWindow.Around(releases.Select(r => r.FrontMatter), options.Clock.GetUtcNow());
        return (EditionBuilder.Build(new SiteInputs(settings, partners, topics, releases, pages, content), options, diagnostics, memo?.Indexes, memo?.Releases, memo?.Order), window);
    }

    private static ContentDocument[] ParseAll(ImmutableArray<SourceFile> files, SiteSettings settings, ContentIndex content, BuildOptions options, StageProgress progress, DiagnosticBag diagnostics, ContentDocumentCache? cache)
    {
        var documents = new ContentDocument?[files.Length];
        Parallel.For(0, files.Length, options.Parallelism, i =>
        {
            documents[i] = cache is null ? ContentDocumentParser.Parse(files[i], settings, content, diagnostics) : cache.Parse(files[i], settings, content, diagnostics);
            progress.Step();
        });
        return [.. documents.OfType<ContentDocument>()];
    }
}
