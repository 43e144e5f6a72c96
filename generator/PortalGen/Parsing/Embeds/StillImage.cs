using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PortalGen.Parsing.Embeds;

/// <summary>
/// A video's poster: an image at the start of the embed's first paragraph, written as any image is, so it is
/// checked, found in the bundle and made into variants as every body image is. What follows it in the paragraph
/// (on the next line) belongs to the caption.
/// </summary>
internal sealed record StillImage(ParagraphBlock Paragraph, LinkInline Image)
{
    public static StillImage? Of(ContainerBlock embed) =>
        embed.Count > 0 && embed[0] is ParagraphBlock { Inline: { } inlines } paragraph
            && inlines.FirstOrDefault(inline => !IsBlank(inline)) is LinkInline { IsImage: true } image
            ? new StillImage(paragraph, image)
            : null;

    /// <summary>The inlines after the image, without the line break before them.</summary>
    public IEnumerable<Inline> Rest()
    {
        var inline = Image.NextSibling;
        while (inline is not null && (IsBlank(inline) || inline is LineBreakInline))
        {
            inline = inline.NextSibling;
        }

        for (; inline is not null; inline = inline.NextSibling)
        {
            yield return inline;
        }
    }

    private static bool IsBlank(Inline inline) => inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace();
}
