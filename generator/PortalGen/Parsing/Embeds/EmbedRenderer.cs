using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PortalGen.Parsing.Embeds;

/// <summary>
/// Writes an embed. A YouTube or Vimeo video is a figure holding a link to the video on its site: nothing on the
/// page loads from another host, in a feed it is a plain link, and assets/js/embeds.js puts the player in its
/// place only when the reader clicks. Without HTML (the search text) an embed is its title, caption and speaker.
/// </summary>
internal sealed class EmbedRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var embed = container.GetData(typeof(Embed)) as Embed;
        if (!renderer.EnableHtmlForBlock)
        {
            WriteText(renderer, container, embed);
            return;
        }

        switch (embed)
        {
            case OnlineVideoEmbed video:
                WriteOnlineVideo(renderer, container, video);
                break;
            case LocalVideoEmbed video:
                WriteLocalVideo(renderer, container, video);
                break;
            case PdfEmbed pdf:
                WritePdfCard(renderer, container, pdf);
                break;
            case QuoteEmbed quote:
                renderer.EnsureLine().Write("<figure class=\"embed embed--quote\"><blockquote>").WriteLine();
                renderer.WriteChildren(container);
                renderer.Write("</blockquote><figcaption>\u2014 ").WriteEscape(quote.Speaker).Write("</figcaption></figure>").WriteLine();
                break;
            default:
                // A mistake already reported: the build fails, and until it is fixed the preview keeps the text.
                renderer.WriteChildren(container);
                break;
        }
    }

    private static void WriteOnlineVideo(HtmlRenderer renderer, CustomContainer container, OnlineVideoEmbed embed)
    {
        renderer.EnsureLine().Write("<figure class=\"embed embed--video\" data-embed-src=\"").WriteEscapeUrl(embed.Video.PlayerUrl)
            .Write("\" data-embed-site=\"").WriteEscape(embed.Video.Site)
            .Write("\" data-embed-title=\"").WriteEscape(embed.Title).Write("\">");
        renderer.Write("<a class=\"embed__facade\" href=\"").WriteEscapeUrl(embed.Video.PageUrl).Write("\">");
        if (embed.Still is { } still)
        {
            renderer.Write(still.Image);
        }
        else
        {
            renderer.Write("<span class=\"embed__placeholder\"></span>");
        }

        renderer.Write("<span class=\"embed__icon\" aria-hidden=\"true\"></span><span class=\"embed__title\">").WriteEscape(embed.Title)
            .Write("</span> <span class=\"embed__site\">").WriteEscape(embed.Video.Site).Write("</span></a>");
        WriteCaption(renderer, container, embed.Still);
        renderer.Write("</figure>").WriteLine();
    }

    /// <remarks>preload="none": the file is fetched when the reader plays it, not with the page.</remarks>
    private static void WriteLocalVideo(HtmlRenderer renderer, CustomContainer container, LocalVideoEmbed embed)
    {
        var poster = embed.Poster.Image;
        renderer.EnsureLine().Write("<figure class=\"embed embed--video\"><video class=\"embed__video\" controls preload=\"none\" poster=\"").WriteEscapeUrl(poster.Url)
            .Write("\" aria-label=\"").WriteEscape(embed.Title).Write('"');
        foreach (var size in new[] { "width", "height" })
        {
            if (poster.GetAttributes().Properties?.FirstOrDefault(p => p.Key == size).Value is { } value)
            {
                renderer.Write(' ').Write(size).Write("=\"").WriteEscape(value).Write('"');
            }
        }

        renderer.Write("><source src=\"").WriteEscapeUrl(embed.Source).Write("\" type=\"video/mp4\"><a href=\"").WriteEscapeUrl(embed.Source).Write("\">")
            .WriteEscape(embed.Title).Write("</a></video>");
        WriteCaption(renderer, container, embed.Poster);
        renderer.Write("</figure>").WriteLine();
    }

    /// <summary>
    /// A box with the PDF's title as its download link, its facts and the embed's Markdown. The facts are words of the
    /// page's language, which the body does not know yet: <see cref="Model.PdfCardTexts"/> writes them into the span.
    /// </summary>
    private static void WritePdfCard(HtmlRenderer renderer, CustomContainer container, PdfEmbed pdf)
    {
        renderer.EnsureLine().Write("<aside class=\"release-box release-box--quiet pdf-card\"><p class=\"pdf-card__title\"><a class=\"pdf-card__link\" href=\"").WriteEscapeUrl(pdf.Source)
            .Write("\" type=\"application/pdf\" download>").WriteEscape(pdf.Title).Write("</a></p>")
            .Write(Model.PdfCardTexts.Placeholder(pdf.Pages, pdf.Length));
        if (container.Count > 0)
        {
            renderer.Write("<div class=\"pdf-card__text\">");
            renderer.WriteChildren(container);
            renderer.Write("</div>");
        }

        renderer.Write("</aside>").WriteLine();
    }

    /// <summary>The embed's Markdown but its still, when there is any.</summary>
    private static void WriteCaption(HtmlRenderer renderer, CustomContainer container, StillImage? still)
    {
        var rest = still?.Rest().ToList() ?? [];
        var blocks = container.Where(block => block != still?.Paragraph).ToList();
        if (rest.Count == 0 && blocks.Count == 0)
        {
            return;
        }

        renderer.Write("<figcaption>");
        if (rest.Count > 0)
        {
            renderer.Write("<p>");
            rest.ForEach(inline => renderer.Write(inline));
            renderer.Write("</p>");
        }

        blocks.ForEach(block => renderer.Write(block));
        renderer.Write("</figcaption>");
    }

    private static void WriteText(HtmlRenderer renderer, CustomContainer container, Embed? embed)
    {
        var still = embed switch
        {
            OnlineVideoEmbed video => video.Still,
            LocalVideoEmbed video => video.Poster,
            _ => null,
        };
        var title = embed switch
        {
            OnlineVideoEmbed video => video.Title,
            LocalVideoEmbed video => video.Title,
            PdfEmbed pdf => pdf.Title,
            _ => null,
        };
        if (title is not null)
        {
            renderer.EnsureLine().Write(title).WriteLine();
        }

        foreach (var inline in still?.Rest() ?? [])
        {
            renderer.Write(inline);
        }

        foreach (var block in container.Where(block => block != still?.Paragraph))
        {
            renderer.EnsureLine().Write(block);
        }

        if (embed is QuoteEmbed quote)
        {
            renderer.EnsureLine().Write(quote.Speaker).WriteLine();
        }
    }
}
