using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing.ContentLinks;

namespace PortalGen.Parsing.Embeds;

/// <summary>
/// Checks a <c>::: pdf FILE "Title"</c> embed: the file must be a PDF of the release's bundle that can be read, so
/// the card states its page count and size as they are; each mistake is an error at the embed's line.
/// </summary>
internal static class PdfCardPreparer
{
    private const string Example = "::: pdf report.pdf \"Annual report 2026\"";

    public static PdfEmbed? Prepare(EmbedHeader header, SourceFile file, UrlScheme urls, ContentIndex content, BodyLinks links, DiagnosticBag diagnostics)
    {
        var (target, title) = header.SplitArgument();
        var at = EmbedPreparer.At(file, header.ArgumentIndex);
        if (target.Length == 0 || target.Contains(':', StringComparison.Ordinal) || target.StartsWith('/') || !target.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            var found = target.Length == 0 ? "names no file" : $"names '{target}', which is no .pdf file of the release";
            diagnostics.Error(DiagnosticCodes.InvalidPdfEmbed, at, $"the PDF embed {found}", $"name a PDF beside the release and, in quotes, its title: {Example}");
            return null;
        }

        if (!ContentIndex.IsBundleIndex(file.RelativePath))
        {
            diagnostics.Error(
                DiagnosticCodes.PdfMissing,
                at,
                "a PDF card shows a file of the release's page bundle, and this release is not one",
                $"make it a bundle: move it to {file.DisplayPath[..^3]}/index.md, the PDF beside it");
            return null;
        }

        if (Resource(target, file, content) is not { } resource)
        {
            var path = ContentPaths.Resolve(file.RelativePath, target);
            var bundle = file.RelativePath[..(file.RelativePath.LastIndexOf('/') + 1)];
            diagnostics.Error(
                DiagnosticCodes.PdfMissing,
                at,
                $"the PDF '{target}' is not in the release's folder",
                (path is null ? null : ContentPaths.ClosestHint(path, content.Resources.Keys.Where(key => key.StartsWith(bundle, StringComparison.Ordinal))))
                    ?? "put the file beside the release's index.md, or correct its name");
            return null;
        }

        if (Read(resource, at, diagnostics) is not var (length, facts))
        {
            return null;
        }

        var source = EmbedPreparer.LocalFile(target, at, file, urls, content, links, diagnostics);
        var shownTitle = title.Length > 0 ? title : facts.Title ?? target.Split('/')[^1];
        return new PdfEmbed(source, shownTitle, length, facts.Pages);
    }

    /// <summary>The file the embed names, when it is in the release's page bundle.</summary>
    private static ContentResource? Resource(string target, SourceFile file, ContentIndex content)
    {
        var path = ContentPaths.Resolve(file.RelativePath, target);
        return path is not null
            && content.Resources.TryGetValue(path, out var resource)
            && content.BundleOf(path) == file.RelativePath[..(file.RelativePath.LastIndexOf('/') + 1)] + "index.md"
            ? resource
            : null;
    }

    private static (long Length, PdfFacts Facts)? Read(ContentResource resource, Diagnostics.SourceSpan at, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            using var stream = resource.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadablePdf, at, $"{resource.Origin} cannot be read: {e.Message}", "check the file's permissions");
            return null;
        }

        if (!PdfFacts.LooksLikePdf(bytes))
        {
            diagnostics.Error(DiagnosticCodes.NotAPdf, at, $"{resource.Origin} is not a PDF: it does not start with '%PDF-'", "export the document as PDF, or link the file as a download instead");
            return null;
        }

        if (PdfFacts.Read(bytes) is not { } facts)
        {
            diagnostics.Error(DiagnosticCodes.UnreadablePdf, at, $"{resource.Origin} is a damaged PDF: its pages cannot be counted", "export or save the PDF again, then replace the file");
            return null;
        }

        return (bytes.LongLength, facts);
    }
}
