using Markdig.Extensions.CustomContainers;
using Markdig.Syntax.Inlines;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing.ContentLinks;
using SourceSpan = PortalGen.Diagnostics.SourceSpan;

namespace PortalGen.Parsing.Embeds;

/// <summary>
/// Checks an embed as <see cref="BodyRewriter"/> meets it, after its own blocks were rewritten, and keeps what it
/// is on its block for <see cref="EmbedRenderer"/>; a mistake is reported at its line and the embed's text is kept.
/// </summary>
internal static class EmbedPreparer
{
    private static readonly string[] Kinds = ["video", "quote", "pdf"];

    public static void Prepare(CustomContainer container, SourceFile file, UrlScheme urls, ContentIndex content, BodyLinks links, DiagnosticBag diagnostics)
    {
        var header = EmbedHeader.Read(file.Text, container.Span.Start);
        if (container.ClosingFencedCharCount == 0)
        {
            // Markdig ends it with its parent (the body, a list item): the rest is inside it, caption or quote.
            diagnostics.Error(
                DiagnosticCodes.UnclosedEmbed,
                At(file, container.Span.Start),
                "this embed is never closed, so what follows it is inside it",
                "end it with a line of three colons: :::");
        }

        var embed = header.Kind.ToLowerInvariant() switch
        {
            "video" => Video(container, header, file, urls, content, links, diagnostics),
            "quote" => Quote(header, file, diagnostics),
            "pdf" => PdfCardPreparer.Prepare(header, file, urls, content, links, diagnostics),
            _ => Unknown(header, file, diagnostics),
        };
        if (embed is not null)
        {
            container.SetData(typeof(Embed), embed);
        }
    }

    private static Embed? Video(CustomContainer container, EmbedHeader header, SourceFile file, UrlScheme urls, ContentIndex content, BodyLinks links, DiagnosticBag diagnostics)
    {
        var (target, title) = header.SplitArgument();
        if (target.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidVideo, At(file, header.ArgumentIndex), "the video embed names no video", OnlineVideo.AcceptedForms);
            return null;
        }

        if (title.Length == 0)
        {
            diagnostics.Error(
                DiagnosticCodes.VideoWithoutTitle,
                At(file, header.ArgumentIndex + target.Length),
                "the video has no title",
                $"name it in quotes after the link, for readers and screen readers: ::: video {target} \"Opening of the lab\"");
        }

        var still = StillImage.Of(container);
        if (IsLocalFile(target))
        {
            var source = LocalFile(target, At(file, header.ArgumentIndex), file, urls, content, links, diagnostics);
            if (still is null)
            {
                diagnostics.Error(
                    DiagnosticCodes.VideoWithoutPoster,
                    At(file, header.ArgumentIndex),
                    "a video file needs a poster image, shown until it plays",
                    "put an image of the release on the embed's first line: ![What the video shows](still.jpg)");
            }

            return title.Length > 0 && still is not null ? new LocalVideoEmbed(source, title, still) : null;
        }

        if (OnlineVideo.Parse(target) is not { } video)
        {
            diagnostics.Error(DiagnosticCodes.InvalidVideo, At(file, header.ArgumentIndex), $"'{target}' is not a YouTube or Vimeo video", OnlineVideo.AcceptedForms);
            return null;
        }

        return title.Length > 0 ? new OnlineVideoEmbed(video, title, still) : null;
    }

    /// <summary>A file named as a link names it, so it is found, reported when missing and published as a link's file is.</summary>
    /// <returns>Its URL, a placeholder until the model is built.</returns>
    public static string LocalFile(string target, SourceSpan span, SourceFile file, UrlScheme urls, ContentIndex content, BodyLinks links, DiagnosticBag diagnostics)
    {
        var link = new LinkInline(target, "") { Line = span.Line - 1, Column = span.Column - 1 };
        ContentLinkRewriter.Rewrite(link, file, content, links, diagnostics);
        RootLinkRebaser.Rebase(link, urls);
        return link.Url ?? target;
    }

    private static QuoteEmbed? Quote(EmbedHeader header, SourceFile file, DiagnosticBag diagnostics)
    {
        if (header.Argument.Length > 0)
        {
            return new QuoteEmbed(header.Argument);
        }

        diagnostics.Error(
            DiagnosticCodes.QuoteWithoutSpeaker,
            At(file, header.ArgumentIndex),
            "the quote does not say who said it",
            "write the name and role after the kind: ::: quote Jane Doe, Director, Cyber Valley");
        return null;
    }

    private static Embed? Unknown(EmbedHeader header, SourceFile file, DiagnosticBag diagnostics)
    {
        var known = "embeds are " + string.Join(", ", Kinds) + ", written as ::: video https://youtu.be/ID \"Title\"";
        if (header.Kind.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.UnknownEmbed, At(file, header.KindIndex), "':::' opens an embed but names no kind", known);
        }
        else
        {
            var closest = ClosestMatch.Find(header.Kind.ToLowerInvariant(), Kinds);
            diagnostics.Error(DiagnosticCodes.UnknownEmbed, At(file, header.KindIndex), $"unknown embed '{header.Kind}'", closest is null ? known : $"did you mean '{closest}'? {known}");
        }

        return null;
    }

    /// <summary>A file of the release (clip.mp4, /videos/clip.mp4): no scheme, and the one video format every browser plays.</summary>
    private static bool IsLocalFile(string target) =>
        !target.Contains(':', StringComparison.Ordinal) && target.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase);

    public static SourceSpan At(SourceFile file, int index) => SourceSpan.AtIndex(file.DisplayPath, file.Text, index);
}
