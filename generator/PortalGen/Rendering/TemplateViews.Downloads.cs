using PortalGen.Model;
using Scriban.Runtime;
using static PortalGen.Rendering.ReadOnlyViews;

namespace PortalGen.Rendering;

/// <summary>The views of a release's media kit: each download with its type, size, credit and thumbnail, and the press kit.</summary>
internal sealed partial class TemplateViews
{
    /// <summary>The types the theme names (download_type_KIND), by file extension; any other is "EXT file".</summary>
    private static readonly Dictionary<string, string> DownloadKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jpg"] = "jpeg",
        ["jpeg"] = "jpeg",
        ["png"] = "png",
        ["webp"] = "webp",
        ["gif"] = "gif",
        ["svg"] = "svg",
        ["pdf"] = "pdf",
        ["mp4"] = "mp4",
        ["mov"] = "mov",
        ["webm"] = "webm",
        ["mp3"] = "mp3",
        ["zip"] = "zip",
    };

    private void AddDownloadViews(LateBoundView view, Release release)
    {
        if (release.Downloads.IsEmpty)
        {
            return;
        }

        view["downloads"] = FreezeArray(release.Downloads.Select(download => Freeze(DownloadView(release, download))));
        view["press_kit"] = release.PressKit is { } kit ? Freeze(new ScriptObject
        {
            ["url"] = site.UrlsOf(release).Href(release.Path + PressKit.FileName),
            ["size"] = FileSizeTexts.Of(kit.Length, site.Settings.Language),
        }) : null;
    }

    private ScriptObject DownloadView(Release release, Download download)
    {
        string Href(ImageVariant variant) => site.Urls.AssetHref("/" + download.File.OutputPath[..(download.File.OutputPath.LastIndexOf('/') + 1)] + variant.FileName, release.Path);

        var extension = Path.GetExtension(download.Name).TrimStart('.');
        return new ScriptObject
        {
            ["name"] = download.Name,
            ["url"] = site.Urls.AssetHref("/" + download.File.OutputPath, release.Path),
            ["caption"] = download.Caption,
            ["type"] = DownloadKinds.TryGetValue(extension, out var kind)
                ? texts.Format("download_type_" + kind)
                : texts.Format("download_type_other", ("extension", extension.ToUpperInvariant())),
            ["size"] = FileSizeTexts.Of(download.Length, site.Settings.Language),
            ["credit"] = download.Credit.Credit,
            ["license"] = download.Credit.License is { } shown ? LicenseLinks.Label(shown) : null,
            ["license_url"] = download.Credit.License is { } license ? LicenseLinks.Url(license) : null,
            ["thumbnail"] = download.Thumbnail is { } thumbnail ? PictureView(thumbnail, Href) : null,
        };
    }
}
