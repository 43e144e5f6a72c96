using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Imaging;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;
using PortalGen.Parsing.ContentLinks;

namespace PortalGen.Modeling;

/// <summary>
/// Resolves a release's <c>downloads:</c> against its bundle: each file as published, measured, with its credit and a
/// thumbnail when it is a photo; then the press kit that holds them all with their credits.
/// </summary>
internal static class MediaKit
{
    public static Release Resolve(Release release, ContentDocument document, LinkTargets targets, ContentIndex content, UrlScheme urls, ImageSettings settings, DiagnosticBag diagnostics)
    {
        var entries = document.FrontMatter.Downloads;
        if (entries.IsEmpty)
        {
            return release;
        }

        var bundle = document.RelativePath[..(document.RelativePath.LastIndexOf('/') + 1)];
        var bundleShown = ContentPaths.Display(document.DisplayPath, document.RelativePath, bundle);
        if (!ContentIndex.IsBundleIndex(document.RelativePath))
        {
            diagnostics.Error(
                DiagnosticCodes.DownloadOutsideBundle,
                entries[0].File.Span,
                "downloads are files of a page bundle, and this release is not one",
                $"make it a bundle: move it to {document.DisplayPath[..^3]}/index.md (a translation to index.LANG.md), its files beside it");
            return release;
        }

        var downloads = ImmutableArray.CreateBuilder<Download>(entries.Length);
        var images = new List<PublishedImage>();
        foreach (var entry in entries)
        {
            if (Find(entry, document, bundle, bundleShown, targets, content, downloads, diagnostics) is not ({ } file, var name))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.Credit) || string.IsNullOrWhiteSpace(entry.License))
            {
                diagnostics.Warning(
                    DiagnosticCodes.DownloadWithoutCredit,
                    entry.Entry,
                    $"the download '{entry.File.Value}' has no {(string.IsNullOrWhiteSpace(entry.Credit) ? "credit" : "licence")}",
                    "say who made it in 'credit:' and on what terms it may be used in 'license:' (such as CC-BY-4.0), so journalists may use it");
            }

            ResponsiveImage? thumbnail = null;
            if (file.Image is { } facts && ImageChecks.AcceptForVariants(facts, entry.File.Value, entry.File.Span, settings, diagnostics))
            {
                thumbnail = ImagePlanner.Thumbnail(file.OutputPath, facts, FocusPoint.Centre, settings);
                images.Add(PublishedImage.Beside(file, [.. thumbnail.All], entry.File.Span));
            }

            downloads.Add(new Download(file, name, Length(file), entry.Caption, new ImageCredit(entry.Credit, entry.License, null), thumbnail));
        }

        var made = downloads.DrainToImmutable();
        return made.IsEmpty ? release : release with
        {
            Downloads = made,
            PressKit = PressKitOf(release, made, document, urls, diagnostics),
            Images = [.. release.Images, .. images],
        };
    }

    /// <summary>
    /// The file an entry names, as published, and its path in the bundle; null, with the reason, when it names none of
    /// the bundle's files or one listed before.
    /// </summary>
    private static (StaticFile File, string Name)? Find(DownloadEntry entry, ContentDocument document, string bundle, string bundleShown, LinkTargets targets, ContentIndex content, ImmutableArray<Download>.Builder found, DiagnosticBag diagnostics)
    {
        var (written, span) = (entry.File.Value, entry.File.Span);
        var target = ContentPaths.Resolve(document.RelativePath, written);
        if (target is null || written.StartsWith('/') || !target.StartsWith(bundle, StringComparison.Ordinal))
        {
            diagnostics.Error(
                DiagnosticCodes.DownloadOutsideBundle,
                span,
                $"the download '{written}' is outside the release's bundle",
                $"put the file in {bundleShown} and name it from there, such as 'file: {written.Split('/')[^1]}'");
            return null;
        }

        if (!content.Resources.TryGetValue(target, out var resource) || targets.SitePathOf(target) is not { } sitePath)
        {
            diagnostics.Error(
                DiagnosticCodes.DownloadMissing,
                span,
                $"the download '{written}' names {ContentPaths.Display(document.DisplayPath, document.RelativePath, target)}, which does not exist",
                ContentPaths.ClosestHint(target, content.Resources.Keys) ?? $"put the file in {bundleShown}, or correct its name");
            return null;
        }

        if (found.Any(download => download.File.Origin == resource.Origin))
        {
            diagnostics.Error(DiagnosticCodes.DownloadMalformed, span, $"the download '{written}' is listed twice", "list each file once");
            return null;
        }

        return (resource.PublishedAt(sitePath), target[bundle.Length..]);
    }

    /// <summary>A file that cannot be opened now is measured as empty: the copy to the output reports why, with its path.</summary>
    private static long Length(StaticFile file)
    {
        try
        {
            return file.MeasureLength();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>CREDITS.txt first, then the files in the order written, each stamped with the release's date.</summary>
    private static PressKit? PressKitOf(Release release, ImmutableArray<Download> downloads, ContentDocument document, UrlScheme urls, DiagnosticBag diagnostics)
    {
        var credits = ZipEntry.Text(PressKitCredits.FileName, PressKitCredits.Of(release, urls.Permalink(release.Path), downloads));
        var zip = new DeterministicZip([credits, .. downloads.Select(d => ZipEntry.Stored(d.Name, d.Length, d.File.Open, d.File.Origin))], release.Date);
        if (zip.Length > DeterministicZip.MaxLength)
        {
            diagnostics.Warning(
                DiagnosticCodes.PressKitTooLarge,
                document.FrontMatter.Downloads[0].Entry,
                $"the downloads come to {zip.Length / 1_000_000_000.0:0.#} GB, more than a press kit (a ZIP of at most 4 GB) holds; the release has none",
                "link a large video from a video platform, or make the files smaller");
            return null;
        }

        return new PressKit(new StaticFile(urls.OutputFileOf(release.Path + PressKit.FileName), document.DisplayPath, zip.Open), zip.Length);
    }
}
