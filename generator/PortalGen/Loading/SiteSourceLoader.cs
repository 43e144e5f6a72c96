using System.Buffers;
using System.Collections.Immutable;
using System.IO.Enumeration;
using PortalGen.Diagnostics;
using PortalGen.Imaging;
using PortalGen.Model;
using PortalGen.Settings;

namespace PortalGen.Loading;

/// <summary>Reads a site's files from disk into a <see cref="SiteSource"/>; the only stage that reads the disk.</summary>
internal static class SiteSourceLoader
{
    public const string SettingsFileName = "site.yml";
    public const string PartnersFileName = "partners.yml";
    public const string TopicsFileName = "topics.yml";
    public const string ContactsFileName = "contacts.yml";
    public const string FundersFileName = "funders.yml";
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
        try
        {
            return LoadFolders(options, diagnostics, cache);
        }
        catch (AggregateException e) when (IoFailures.AllOf(e) is { } failures)
        {
            // A folder that cannot be listed (no permission, or removed midway): the exception names it.
            foreach (var failure in failures.Select(f => f.Message).Distinct(StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceSpan.WholeFile(Display(options, Path.GetFullPath(options.ContentDirectory))), $"cannot read a folder of the site: {failure}");
            }

            return null;
        }
    }

    private static SiteSource? LoadFolders(BuildOptions options, DiagnosticBag diagnostics, SourceFileCache? cache)
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
        SourceFile? contacts = null, funders = null;
        ImmutableArray<SourceFile> releases = [], pages = [], siteTemplates = [], textFiles = [];
        ImmutableArray<StaticFile> staticFiles = [];
        ImmutableArray<ContentResource> resources = [];
        ImmutableArray<string> contentLitter = [], templatesLitter = [];

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
                contacts = reader.ReadOptional(ContactsFileName);
                funders = reader.ReadOptional(FundersFileName);
                pages = reader.ReadMarkdownBelow(PagesFolder);
                WarnAboutStrayMarkdown(options, contentRoot, diagnostics);
            },
            () =>
            {
                contentLitter = ReportEntriesNotFollowed(options, contentRoot, diagnostics);
                UnicodeNames.ReportCollisions(options, EnumerateEveryName(contentRoot), diagnostics);
            },
            () =>
            {
                siteTemplates = Directory.Exists(templatesRoot) ? templateReader.ReadAllBelow("", IsTemplatePath) : [];
                textFiles = Directory.Exists(templatesRoot) ? templateReader.ReadAllBelow("", IsTextsPath) : [];
                templatesLitter = ReportEntriesNotFollowed(options, templatesRoot, diagnostics);
                UnicodeNames.ReportCollisions(options, EnumerateEveryName(templatesRoot), diagnostics);
                staticFiles = ListStaticFiles(options, contentRoot, templatesRoot);
            },
            () => resources = ListResources(options, contentRoot));
        return new SiteSource(settings, partners, topics, releases, pages, staticFiles, siteTemplates)
        {
            Contacts = contacts,
            Funders = funders,
            Resources = resources,
            TextFiles = textFiles,
            LeftOutFiles = [.. contentLitter, .. templatesLitter],
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

    private static ImmutableArray<StaticFile> ListStaticFiles(BuildOptions options, string contentRoot, string templatesRoot) =>
        [.. SourceRules.StaticFilesOf(FilesIn(options, templatesRoot, "assets", "assets/"), FilesIn(options, contentRoot, StaticFolder, ""))];

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

    private static ContentResource Resource(BuildOptions options, string contentRoot, string path)
    {
        var onDisk = PathOnDisk(contentRoot, path);
        return new(RelativePath(contentRoot, path), Display(options, path), () => SiteFiles.OpenRead(path, onDisk), ImageOf(contentRoot, path));
    }

    private static IEnumerable<StaticFile> FilesIn(BuildOptions options, string root, string folder, string outputPrefix)
    {
        var start = Path.Combine(root, folder);
        return EnumerateFiles(start).Select(file =>
        {
            var onDisk = PathOnDisk(root, file);
            return new StaticFile(outputPrefix + RelativePath(start, file), Display(options, file), () => SiteFiles.OpenRead(file, onDisk), ImageOf(root, file));
        });
    }

    /// <summary>An image's facts read through <see cref="SiteFiles"/>, like every other read of a site's file.</summary>
    private static ImageFacts? ImageOf(string root, string file)
    {
        if (!ImageFactsReader.IsImagePath(file))
        {
            return null;
        }

        try
        {
            using var stream = SiteFiles.OpenRead(file, PathOnDisk(root, file));
            return ImageFactsReader.Read(file, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

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
    /// A link in a site would publish, or read as a release, whatever it points at: a CI runner's keys, say; a FIFO
    /// would hang the build and a device read without end. Neither is ever opened (<see cref="EnumerateFiles"/> skips
    /// them); each is an error here. Editor and system litter (<see cref="LitterNames"/>) is left out quietly.
    /// </summary>
    /// <returns>The litter left out, as diagnostics show paths, for --verbose.</returns>
    private static ImmutableArray<string> ReportEntriesNotFollowed(BuildOptions options, string root, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        var entries = new FileSystemEnumerable<(string Path, FileSystemEntryKind Kind)>(root, (ref FileSystemEntry entry) => (entry.ToFullPath(), KindOf(ref entry)), new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => KindOf(ref entry) is not (FileSystemEntryKind.RegularFile or FileSystemEntryKind.Folder),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => KindOf(ref entry) == FileSystemEntryKind.Folder,
        };
        var litter = ImmutableArray.CreateBuilder<string>();
        foreach (var (path, kind) in entries.OrderBy(entry => entry.Path, StringComparer.Ordinal))
        {
            var display = Display(options, path);
            if (kind == FileSystemEntryKind.Missing)
            {
                litter.Add(display);
                continue;
            }

            diagnostics.Error(
                kind == FileSystemEntryKind.SymbolicLink ? DiagnosticCodes.SymbolicLink : DiagnosticCodes.NotARegularFile,
                SourceSpan.WholeFile(display),
                kind == FileSystemEntryKind.SymbolicLink ? "this is a symbolic link, and links are not followed" : "this is neither a file nor a folder (a FIFO, socket or device), and is never opened",
                kind == FileSystemEntryKind.SymbolicLink ? "copy the file or folder here instead; a link could publish files from outside the site" : "remove it; only regular files and folders belong in a site");
        }

        return litter.ToImmutable();
    }

    /// <summary>An entry's kind, with litter as <see cref="FileSystemEntryKind.Missing"/>: to the site it does not exist.</summary>
    private static FileSystemEntryKind KindOf(ref FileSystemEntry entry) =>
        LitterNames.IsLitter(entry.FileName) ? FileSystemEntryKind.Missing
        : IsLink(entry.Attributes) ? FileSystemEntryKind.SymbolicLink
        : entry.IsDirectory ? FileSystemEntryKind.Folder
        : UnixFileSystem.IsAvailable ? SiteFiles.KindOf(entry.ToFullPath())
        : FileSystemEntryKind.RegularFile;

    private static bool IsLink(FileAttributes attributes) => (attributes & FileAttributes.ReparsePoint) != 0;

    /// <summary>
    /// Every file below <paramref name="root"/> in ordinal order, with no link or litter and nothing below them, and of
    /// those whose names are one in NFC the first only (the others are errors). A FIFO or device is listed (telling one
    /// apart costs a system call per file), but <see cref="SiteFiles"/> never opens it.
    /// </summary>
    internal static IEnumerable<string> EnumerateFiles(string root) =>
        UnicodeNames.FirstOfEachName(EnumerateEveryName(root));

    private static IEnumerable<string> EnumerateEveryName(string root) =>
        Directory.Exists(root)
            ? new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.ReparsePoint })
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && !LitterNames.IsLitter(entry.FileName),
                ShouldRecursePredicate = (ref FileSystemEntry entry) => !LitterNames.IsLitter(entry.FileName),
            }.Order(StringComparer.Ordinal)
            : [];

    /// <summary>In NFC, as every later stage sees it (<see cref="UnicodeNames"/>).</summary>
    /// <summary>The path below the root as the file system spells it, for <see cref="SiteFiles"/>, which walks it on disk.</summary>
    private static string PathOnDisk(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    internal static string RelativePath(string root, string file) =>
        UnicodeNames.Composed(PathOnDisk(root, file));

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
                using var stream = SiteFiles.OpenRead(path, PathOnDisk(root, path));
                var handle = stream.SafeFileHandle;
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
            catch (UnsafeSiteFileException)
            {
                // A link or FIFO: the walk of the whole folder reports it once (ReportEntriesNotFollowed).
                return null;
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
