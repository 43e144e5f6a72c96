using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Imaging;
using PortalGen.Model;

namespace PortalGen.Loading;

/// <summary>
/// Reads a site held in memory (a test's txtar, a form's unsaved text) into a <see cref="SiteSource"/>, as
/// <see cref="SiteSourceLoader"/> reads the folders: the same classes of file, the same decoding and messages.
/// Paths are relative to the site's root, '/' separated: content/site.yml, templates/layouts/release.html.
/// </summary>
internal static class MemorySourceLoader
{
    private const string Content = "content/";
    private const string Templates = "templates/";

    public static SiteSource Load(IReadOnlyDictionary<string, byte[]> files, DiagnosticBag diagnostics)
    {
        var content = Below(files, Content);
        var templates = Below(files, Templates);
        foreach (var path in content.Keys.Where(SourceRules.IsStrayMarkdown))
        {
            SourceRules.ReportStrayMarkdown(Content + path, diagnostics);
        }

        var settings = Text(content, Content, SiteSourceLoader.SettingsFileName, diagnostics);
        if (settings is null && !content.ContainsKey(SiteSourceLoader.SettingsFileName))
        {
            SourceRules.ReportMissing(SiteSourceLoader.SettingsFileName, Content + SiteSourceLoader.SettingsFileName, diagnostics);
        }

        return new SiteSource(
            settings,
            Text(content, Content, SiteSourceLoader.PartnersFileName, diagnostics),
            Text(content, Content, SiteSourceLoader.TopicsFileName, diagnostics),
            Texts(content, Content, path => IsIn(SiteSourceLoader.ReleasesFolder, path) && SiteSourceLoader.IsMarkdown(path), diagnostics),
            Texts(content, Content, path => IsIn(SiteSourceLoader.PagesFolder, path) && SiteSourceLoader.IsMarkdown(path), diagnostics),
            [.. SourceRules.StaticFilesOf(FilesIn(templates, Templates, "assets/", "assets/"), FilesIn(content, Content, SiteSourceLoader.StaticFolder + "/", ""))],
            Texts(templates, Templates, SiteSourceLoader.IsTemplatePath, diagnostics))
        {
            Contacts = Text(content, Content, SiteSourceLoader.ContactsFileName, diagnostics),
            Funders = Text(content, Content, SiteSourceLoader.FundersFileName, diagnostics),
            Resources =
            [
                .. content.Where(file => (IsIn(SiteSourceLoader.ReleasesFolder, file.Key) || IsIn(SiteSourceLoader.PagesFolder, file.Key)) && !SiteSourceLoader.IsMarkdown(file.Key))
                    .Select(file => new ContentResource(file.Key, Content + file.Key, Opener(file.Value), ImageOf(file.Key, file.Value))),
            ],
            TextFiles = Texts(templates, Templates, SiteSourceLoader.IsTextsPath, diagnostics),
        };
    }

    private static bool IsIn(string folder, string path) =>
        path.StartsWith(folder, StringComparison.Ordinal) && path.Length > folder.Length && path[folder.Length] == '/';

    /// <summary>The files below a folder, by their path below it in NFC, in ordinal order; litter is left out as on disk.</summary>
    private static SortedDictionary<string, byte[]> Below(IReadOnlyDictionary<string, byte[]> files, string folder) =>
        new(files.Where(file => file.Key.StartsWith(folder, StringComparison.Ordinal) && !LitterNames.IsBelowLitter(file.Key))
            .ToDictionary(file => UnicodeNames.Composed(file.Key[folder.Length..]), file => file.Value, StringComparer.Ordinal), StringComparer.Ordinal);

    private static SourceFile? Text(SortedDictionary<string, byte[]> files, string root, string path, DiagnosticBag diagnostics) =>
        files.TryGetValue(path, out var bytes) && SourceRules.CheckTextSize(bytes.Length, root + path, diagnostics) && TextDecoder.Decode(bytes, root + path, diagnostics) is { } text
            ? new SourceFile(path, root + path, text)
            : null;

    private static ImmutableArray<SourceFile> Texts(SortedDictionary<string, byte[]> files, string root, Func<string, bool> include, DiagnosticBag diagnostics) =>
        [.. files.Keys.Where(include).Select(path => Text(files, root, path, diagnostics)).OfType<SourceFile>()];

    private static IEnumerable<StaticFile> FilesIn(SortedDictionary<string, byte[]> files, string root, string folder, string outputPrefix) =>
        files.Where(file => file.Key.StartsWith(folder, StringComparison.Ordinal))
            .Select(file => new StaticFile(outputPrefix + file.Key[folder.Length..], root + file.Key, Opener(file.Value), ImageOf(file.Key, file.Value)));

    private static Func<Stream> Opener(byte[] bytes) => () => new MemoryStream(bytes, writable: false);

    private static ImageFacts? ImageOf(string path, byte[] bytes) =>
        ImageFactsReader.IsImagePath(path) ? ImageFactsReader.Read(path, bytes) : null;
}
