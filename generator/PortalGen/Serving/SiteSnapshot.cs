using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Microsoft.AspNetCore.Http;
using PortalGen.Artifacts;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Pipeline;
using PortalGen.Planning;

namespace PortalGen.Serving;

/// <summary>
/// One good build of the live site, held in memory: what every URL serves. Pages and artifacts are rendered on
/// their first request and kept for as long as this snapshot is current, so a save costs a model rebuild and a
/// request costs one render, never the whole site. (Plain dictionaries: a frozen one costs more to make than
/// the few lookups a snapshot serves before the next save replaces it.)
/// </summary>
internal sealed class SiteSnapshot
{
    private readonly string basePath;
    private readonly Dictionary<string, PlannedPage> pages;
    private readonly Dictionary<string, Artifact> artifacts;
    private readonly Dictionary<string, StaticFile> staticFiles;
    private readonly Dictionary<string, PublishedImage> photosByVariant;
    private readonly BuiltSite built;
    private readonly Action<ImmutableArray<Diagnostic>> reportRenderErrors;
    private readonly ConcurrentDictionary<string, Lazy<ServedFile>> rendered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<PublishedImage, Lazy<ServedFile?>> photos = new();

    public SiteSnapshot(BuiltSite built, Action<ImmutableArray<Diagnostic>> reportRenderErrors)
    {
        basePath = built.Site.Default.Urls.BasePath;
        pages = ByOutputFile(built.Pages, page => page.OutputFile);
        artifacts = ByOutputFile(built.Artifacts, artifact => artifact.OutputFile);
        staticFiles = ByOutputFile(built.StaticFiles, file => file.OutputPath);
        photosByVariant = new Dictionary<string, PublishedImage>(StringComparer.Ordinal);
        foreach (var photo in built.Photos)
        {
            foreach (var path in photo.OutputPaths)
            {
                photosByVariant[path] = photo;
            }
        }

        this.built = built;
        this.reportRenderErrors = reportRenderErrors;
        PageCount = built.Pages.Length;
    }

    public int PageCount { get; }

    /// <summary>What a request path serves: the file, a redirect to the folder URL, or the site's 404 page.</summary>
    public ServedFile Respond(string requestPath)
    {
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal))
        {
            return NotFound();
        }

        var relative = requestPath[basePath.Length..];
        if (Find(UrlScheme.OutputFile(relative)) is { } found)
        {
            return found;
        }

        // A static host answers /news/2020/x with the folder's index; redirect so relative links resolve alike.
        return relative.Length > 0 && !relative.EndsWith('/') && Exists(UrlScheme.OutputFile(relative + "/"))
            ? ServedFile.Redirect(requestPath + "/")
            : NotFound();
    }

    private ServedFile NotFound() =>
        Find(UrlScheme.NotFound) is { } page
            ? page with { Status = StatusCodes.Status404NotFound }
            : new ServedFile(StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found"u8.ToArray());

    private bool Exists(string file) => staticFiles.ContainsKey(file) || artifacts.ContainsKey(file) || pages.ContainsKey(file);

    /// <summary>Static files win over artifacts and artifacts over pages, in the order a build writes them.</summary>
    private ServedFile? Find(string file)
    {
        if (staticFiles.TryGetValue(file, out var staticFile))
        {
            return photosByVariant.TryGetValue(file, out var photo) && photos.GetOrAdd(photo, key => new Lazy<ServedFile?>(() => Unmade(key))).Value is { } problem
                ? problem
                : Read(staticFile);
        }

        return artifacts.ContainsKey(file) || pages.ContainsKey(file)
            ? rendered.GetOrAdd(file, key => new Lazy<ServedFile>(() => Render(key))).Value
            : null;
    }

    private ServedFile Render(string file)
    {
        if (artifacts.TryGetValue(file, out var artifact))
        {
            return new ServedFile(StatusCodes.Status200OK, ContentTypes.Of(file), artifact.ToArray());
        }

        var diagnostics = new DiagnosticBag();
        if (built.Renderer.Render(pages[file], diagnostics) is { } html)
        {
            return new ServedFile(StatusCodes.Status200OK, ContentTypes.Html, Encoding.UTF8.GetBytes(LiveReloadScript.Inject(html)));
        }

        var errors = diagnostics.ToSortedArray();
        reportRenderErrors(errors);
        return ProblemPage.Render(StatusCodes.Status500InternalServerError, "This page's template failed", errors);
    }

    /// <summary>
    /// A photo's variants are made when a browser first asks for one; a damaged photo is then the editor's mistake,
    /// said where a build would say it (the console and the open tabs), not only in a broken image: once for this
    /// snapshot, not for each of the photo's sizes a page asks for.
    /// </summary>
    private ServedFile? Unmade(PublishedImage photo)
    {
        var diagnostics = new DiagnosticBag();
        built.Images.Make(photo, diagnostics);
        if (!diagnostics.HasErrors)
        {
            return null;
        }

        var errors = diagnostics.ToSortedArray();
        reportRenderErrors(errors);
        return ProblemPage.Render(StatusCodes.Status500InternalServerError, "This photo cannot be published", errors);
    }

    /// <summary>Later entries replace earlier ones of the same path, as a later write replaces a file in a build.</summary>
    private static Dictionary<string, T> ByOutputFile<T>(ImmutableArray<T> items, Func<T, string> outputFile)
    {
        var byFile = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byFile[outputFile(item)] = item;
        }

        return byFile;
    }

    /// <summary>
    /// Static files are opened on each request: they may change without a rebuild. Each goes through
    /// <see cref="SiteFiles"/>, so a link put in its place since the load is refused, and is streamed, not read
    /// into memory (a video is gigabytes); only HTML is read whole, to add the live-reload script.
    /// </summary>
    private static ServedFile Read(StaticFile file)
    {
        Stream stream;
        try
        {
            stream = file.Open();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new ServedFile(StatusCodes.Status404NotFound, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"Not found: {file.OutputPath} is gone since the last build"));
        }
        catch (UnsafeSiteFileException e)
        {
            return new ServedFile(StatusCodes.Status403Forbidden, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"Refused: {file.OutputPath}: {e.Kind switch { FileSystemEntryKind.SymbolicLink => "a symbolic link, and links are not followed", _ => "not a regular file" }}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ServedFile(StatusCodes.Status500InternalServerError, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"Cannot read {file.OutputPath}: {e.Message}"));
        }

        var type = ContentTypes.Of(file.OutputPath);
        if (!ContentTypes.IsHtml(type))
        {
            return new ServedFile(StatusCodes.Status200OK, type, []) { Content = stream };
        }

        using (stream)
        {
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return new ServedFile(StatusCodes.Status200OK, type, Encoding.UTF8.GetBytes(LiveReloadScript.Inject(Encoding.UTF8.GetString(bytes.ToArray()))));
        }
    }
}
