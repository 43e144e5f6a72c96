using System.Buffers;
using System.Collections.Immutable;
using System.IO.Enumeration;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Settings;

namespace PortalGen.Loading;

/// <summary>Reads a site's files from disk into a <see cref="SiteSource"/>; the only stage that reads the disk.</summary>
internal static class SiteSourceLoader
{
    public const string SettingsFileName = "site.yml";
    public const string PartnersFileName = "partners.yml";
    public const string TopicsFileName = "topics.yml";
    public const string ReleasesFolder = "news";
    public const string PagesFolder = "pages";
    public const string StaticFolder = "static";

    /// <summary>
    /// A release, registry or template is read whole and parsed into trees many times its size, so one
    /// runaway file could take the build's memory; the longest release of the sample site has 4 KB.
    /// </summary>
    public const long MaxTextFileBytes = 16 * 1024 * 1024;

    private static readonly string[] MarkdownExtensions = [".md", ".markdown"];

    /// <param name="cache">Files kept from an earlier load (the preview server's), so unchanged ones are not read again.</param>
    public static SiteSource? Load(BuildOptions options, DiagnosticBag diagnostics, SourceFileCache? cache = null)
    {
        var contentRoot = Path.GetFullPath(options.ContentDirectory);
        if (!Directory.Exists(contentRoot))
        {
            diagnostics.Error(
                DiagnosticCodes.MissingFolder,
                SourceSpan.WholeFile(Display(options, contentRoot)),
                "the content folder does not exist",
                "run portalgen in the folder that holds content/, or pass --content DIR");
            return null;
        }

        var reader = new FileReader(options, contentRoot, diagnostics, cache);
        var templatesRoot = Path.GetFullPath(options.TemplatesDirectory);
        var templateReader = new FileReader(options, templatesRoot, diagnostics, cache);
        SourceFile? settings = null, partners = null, topics = null;
        ImmutableArray<SourceFile> releases = [], pages = [], siteTemplates = [], textFiles = [];
        ImmutableArray<StaticFile> staticFiles = [];
        ImmutableArray<ContentResource> resources = [];

        // The releases are most of the reading; the other folders are walked beside them rather than after them,
        // each walk on one core (diagnostics are sorted when the build ends, so their order here does not matter).
        Parallel.Invoke(
            options.Parallelism,
            () => releases = reader.ReadMarkdownBelow(ReleasesFolder),
            () =>
            {
                settings = reader.ReadRequired(SettingsFileName);
                partners = reader.ReadOptional(PartnersFileName);
                topics = reader.ReadOptional(TopicsFileName);
                pages = reader.ReadMarkdownBelow(PagesFolder);
                WarnAboutStrayMarkdown(options, contentRoot, diagnostics);
            },
            () =>
            {
                ReportSymbolicLinks(options, contentRoot, diagnostics);
                UnicodeNames.ReportCollisions(options, EnumerateEveryName(contentRoot), diagnostics);
            },
            () =>
            {
                siteTemplates = Directory.Exists(templatesRoot) ? templateReader.ReadAllBelow("", IsTemplatePath) : [];
                textFiles = Directory.Exists(templatesRoot) ? templateReader.ReadAllBelow("", IsTextsPath) : [];
                ReportSymbolicLinks(options, templatesRoot, diagnostics);
                UnicodeNames.ReportCollisions(options, EnumerateEveryName(templatesRoot), diagnostics);
                staticFiles = ListStaticFiles(contentRoot, templatesRoot);
            },
            () => resources = ListResources(options, contentRoot));
        return new SiteSource(settings, partners, topics, releases, pages, staticFiles, siteTemplates)
        {
            Resources = resources,
            TextFiles = textFiles,
        };
    }

    /// <summary>Reads one content file as <see cref="Load"/> would: the preview server's re-read of a file saved in place.</summary>
    public static SourceFile? ReadContentFile(BuildOptions options, string fullPath, DiagnosticBag diagnostics) =>
        new FileReader(options, Path.GetFullPath(options.ContentDirectory), diagnostics, cache: null).Read(fullPath);

    /// <summary>Theme assets (css, js, images) are copied, not parsed as templates.</summary>
    public static bool IsAssetPath(string relativePath) =>
        relativePath.StartsWith("assets/", StringComparison.Ordinal);

    /// <summary>The theme's words, one file per language (i18n/de.yml), which a site may change or add to.</summary>
    public const string TextsFolder = "i18n/";

    public static bool IsTextsPath(string relativePath) =>
        relativePath.StartsWith(TextsFolder, StringComparison.Ordinal) && relativePath.EndsWith(".yml", StringComparison.Ordinal);

    /// <summary>Templates live in layouts/ (one per page kind) and partials/ (included pieces).</summary>
    public static bool IsTemplatePath(string relativePath) =>
        relativePath.StartsWith("layouts/", StringComparison.Ordinal) || relativePath.StartsWith("partials/", StringComparison.Ordinal);

    private static ImmutableArray<StaticFile> ListStaticFiles(string contentRoot, string templatesRoot) =>
        [.. SourceRules.StaticFilesOf(FilesIn(Path.Combine(templatesRoot, "assets"), "assets/"), FilesIn(Path.Combine(contentRoot, StaticFolder), ""))];

    /// <summary>Images and documents beside releases and pages; image headers are read here, since later stages never touch the disk.</summary>
    private static ImmutableArray<ContentResource> ListResources(BuildOptions options, string contentRoot)
    {
        var paths = new[] { ReleasesFolder, PagesFolder }
            .SelectMany(folder => EnumerateFiles(Path.Combine(contentRoot, folder)))
            .Where(path => !IsMarkdown(path))
            .ToArray();
        var resources = new ContentResource[paths.Length];
        Parallel.For(0, paths.Length, options.Parallelism, i =>
            resources[i] = Resource(options, contentRoot, paths[i]));
        return [.. resources];
    }

    private static ContentResource Resource(BuildOptions options, string contentRoot, string path) =>
        new(RelativePath(contentRoot, path), Display(options, path), () => File.OpenRead(path), ImageSizeReader.Read(path));

    private static IEnumerable<StaticFile> FilesIn(string folder, string outputPrefix) =>
        EnumerateFiles(folder).Select(file => new StaticFile(outputPrefix + RelativePath(folder, file), file, () => File.OpenRead(file), ImageSizeReader.Read(file)));

    private static void WarnAboutStrayMarkdown(BuildOptions options, string contentRoot, DiagnosticBag diagnostics)
    {
        foreach (var file in EnumerateFiles(contentRoot))
        {
            if (SourceRules.IsStrayMarkdown(RelativePath(contentRoot, file)))
            {
                SourceRules.ReportStrayMarkdown(Display(options, file), diagnostics);
            }
        }
    }

    /// <summary>
    /// A link in a site would publish, or read as a release, whatever it points at: a CI runner's keys, say.
    /// Links are never followed (<see cref="EnumerateFiles"/> skips them); each is an error here.
    /// </summary>
    private static void ReportSymbolicLinks(BuildOptions options, string root, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        var links = new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => IsLink(entry.Attributes),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(entry.Attributes),
        };
        foreach (var link in links.Order(StringComparer.Ordinal))
        {
            diagnostics.Error(
                DiagnosticCodes.SymbolicLink,
                SourceSpan.WholeFile(Display(options, link)),
                "this is a symbolic link, and links are not followed",
                "copy the file or folder here instead; a link could publish files from outside the site");
        }
    }

    private static bool IsLink(FileAttributes attributes) => (attributes & FileAttributes.ReparsePoint) != 0;

    /// <summary>Every file below the root, of those whose names are one in NFC the first only (the others are errors).</summary>
    internal static IEnumerable<string> EnumerateFiles(string root) =>
        UnicodeNames.FirstOfEachName(EnumerateEveryName(root));

    private static IEnumerable<string> EnumerateEveryName(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint })
                .Where(path => !Path.GetFileName(path).StartsWith('.'))
                .Order(StringComparer.Ordinal)
            : [];

    /// <summary>In NFC, as every later stage sees it (<see cref="UnicodeNames"/>).</summary>
    internal static string RelativePath(string root, string file) =>
        UnicodeNames.Composed(Path.GetRelativePath(root, file).Replace('\\', '/'));

    internal static bool IsMarkdown(string path) =>
        MarkdownExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    internal static string Display(BuildOptions options, string fullPath) =>
        UnicodeNames.Composed(Path.GetRelativePath(options.DisplayRoot, fullPath).Replace('\\', '/'));

    private sealed class FileReader(BuildOptions options, string root, DiagnosticBag diagnostics, SourceFileCache? cache)
    {
        public SourceFile? ReadRequired(string name)
        {
            var file = ReadOptional(name);
            if (file is null && !File.Exists(Path.Combine(root, name)))
            {
                SourceRules.ReportMissing(name, Display(options, Path.Combine(root, name)), diagnostics);
            }

            return file;
        }

        public SourceFile? ReadOptional(string name)
        {
            var path = Path.Combine(root, name);
            return File.Exists(path) ? Read(path) : null;
        }

        public ImmutableArray<SourceFile> ReadMarkdownBelow(string folder) =>
            ReadAllBelow(folder, IsMarkdown);

        public ImmutableArray<SourceFile> ReadAllBelow(string folder, Func<string, bool> include)
        {
            var start = Path.Combine(root, folder);
            var paths = EnumerateFiles(start).Where(path => include(RelativePath(root, path))).ToArray();
            var files = new SourceFile?[paths.Length];
            Parallel.For(0, paths.Length, options.Parallelism, i => files[i] = Read(paths[i]));
            return [.. files.OfType<SourceFile>()];
        }

        public SourceFile? Read(string path) =>
            cache is null ? ReadFromDisk(path) : cache.GetOrRead(path, ReadFromDisk);

        private SourceFile? ReadFromDisk(string path)
        {
            var display = Display(options, path);

            // Read into a pooled buffer, sized by the open handle: only the decoded text is kept, so a byte array per
            // file (40 MB for 10,000 releases) was garbage the moment it was read, and a separate stat a system call.
            byte[]? buffer = null;
            try
            {
                using var handle = File.OpenHandle(path);
                var length = RandomAccess.GetLength(handle);
                if (!SourceRules.CheckTextSize(length, display, diagnostics))
                {
                    return null;
                }

                buffer = ArrayPool<byte>.Shared.Rent((int)length);
                var read = 0;
                while (read < length)
                {
                    var last = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read);
                    if (last == 0)
                    {
                        break; // cut short since it was opened
                    }

                    read += last;
                }

                var text = TextDecoder.Decode(buffer.AsSpan(0, read), display, diagnostics);
                return text is null ? null : new SourceFile(RelativePath(root, path), display, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceSpan.WholeFile(display), $"cannot read the file: {e.Message}");
                return null;
            }
            finally
            {
                if (buffer is not null)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
    }
}
