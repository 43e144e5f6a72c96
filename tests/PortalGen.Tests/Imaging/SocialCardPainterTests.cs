using PortalGen.Imaging;
using PortalGen.Loading;
using SkiaSharp;
using static PortalGen.Tests.Imaging.SocialCardSamples;

namespace PortalGen.Tests.Imaging;

/// <summary>
/// The share card drawn for a release without a photo: 1200 × 630, the same bytes every time, text shaped and
/// wrapped inside its margins in Latin and Japanese, and a warning's worth of characters no font has.
/// </summary>
public sealed class SocialCardPainterTests
{
    /// <summary>The card's white ground, left of and right of the text column, above the accent band.</summary>
    private static readonly SKRectI[] Margins = [new(0, 0, 72, 498), new(1200 - 72, 0, 1200, 498)];

    [Test]
    public void A_card_is_a_1200_by_630_PNG_that_decodes()
    {
        var png = SocialCardPainter.Paint(English);
        using var bitmap = SKBitmap.Decode(png);

        Assert.Multiple(() =>
        {
            Assert.That(png.AsSpan(0, 8).ToArray(), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a }));
            Assert.That(bitmap, Is.Not.Null);
            Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((1200, 630)));
        });
    }

    [Test]
    public void The_same_card_is_the_same_bytes_on_every_thread_and_a_changed_title_is_not()
    {
        var first = SocialCardPainter.Paint(German);
        var inParallel = new byte[4][];
        Parallel.For(0, inParallel.Length, i => inParallel[i] = SocialCardPainter.Paint(German));

        Assert.Multiple(() =>
        {
            Assert.That(inParallel, Is.All.EqualTo(first));
            Assert.That(SocialCardPainter.Paint(German with { Title = German.Title + "!" }), Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void The_PNG_has_no_time_or_text_chunk()
    {
        Assert.That(ChunksOf(SocialCardPainter.Paint(English)), Has.None.AnyOf("tIME", "tEXt", "iTXt", "zTXt", "eXIf"));
    }

    [Test]
    public void German_umlauts_and_sharp_s_are_drawn_as_letters_not_as_boxes()
    {
        var title = "Künstliche Intelligenz für Straßenverkehr";

        // Were ü and ß missing from the font, both would be drawn as the same .notdef box as an emoji is.
        var boxed = title.Replace("ü", "\U0001F916", StringComparison.Ordinal).Replace("ß", "\U0001F916", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(SocialCardPainter.MissingGlyphs(title, EmbeddedTheme.CardFonts), Is.Empty);
            Assert.That(SocialCardPainter.Paint(Card(title, "de")), Is.Not.EqualTo(SocialCardPainter.Paint(Card(boxed, "de"))));
            Assert.That(InkIn(SocialCardPainter.Paint(Card(title, "de")), new SKRectI(80, 150, 1120, 460)), Is.GreaterThan(5000));
        });
    }

    [Test]
    public void A_Japanese_title_is_drawn_in_the_Japanese_font_with_no_boxes()
    {
        var png = SocialCardPainter.Paint(Japanese);
        var boxed = new string([.. Japanese.Title.Select(c => CardFonts.IsJapanese(new System.Text.Rune(c)) ? 'X' : c)]);

        Assert.Multiple(() =>
        {
            Assert.That(SocialCardPainter.MissingGlyphs(Japanese.Title, EmbeddedTheme.CardFonts), Is.Empty);
            Assert.That(SocialCardPainter.MissingGlyphs(Japanese.DateText + string.Concat(Japanese.PartnerNames), EmbeddedTheme.CardFonts), Is.Empty);
            Assert.That(InkIn(png, new SKRectI(80, 150, 1120, 460)), Is.GreaterThan(20000), "the title's area is drawn in");
            Assert.That(png, Is.Not.EqualTo(SocialCardPainter.Paint(Japanese with { Title = boxed })));
            Assert.That(Margins.Select(margin => InkIn(png, margin)), Is.All.Zero, "no line runs into the margins");
        });
    }

    [Test]
    public void A_250_character_title_is_cut_with_an_ellipsis_inside_the_margins()
    {
        var png = SocialCardPainter.Paint(Long);

        Assert.Multiple(() =>
        {
            Assert.That(LongTitle, Has.Length.EqualTo(250));
            Assert.That(Margins.Select(margin => InkIn(png, margin)), Is.All.Zero, "no line runs into the margins");
            Assert.That(InkIn(png, new SKRectI(80, 462, 1120, 498)), Is.Zero, "no line runs into the band below the title");
            Assert.That(InkIn(png, new SKRectI(80, 150, 1120, 462)), Is.GreaterThan(40000), "the title fills its area");
            Assert.That(ColoursIn(png, new SKRectI(1200 - 72, 498, 1200, 630)), Is.EqualTo(new[] { new SKColor(0x00, 0x52, 0x8a) }), "the partners' line stops before the band's margin");
        });
    }

    [Test]
    public void An_emoji_is_a_missing_glyph_but_joiners_and_variation_selectors_are_not()
    {
        var fonts = EmbeddedTheme.CardFonts;

        Assert.Multiple(() =>
        {
            Assert.That(SocialCardPainter.MissingGlyphs("Launch day \U0001F680\U0001F680", fonts), Is.EqualTo(new[] { "\U0001F680" }));
            Assert.That(SocialCardPainter.MissingGlyphs("Lab \U0001F469\u200D\U0001F52C and \u2764\uFE0F", fonts), Is.EqualTo(new[] { "\U0001F469", "\U0001F52C", "\u2764" }));
            Assert.That(SocialCardPainter.MissingGlyphs("Ελληνικά", fonts), Is.Not.Empty, "Greek is not in the subsets");
            Assert.That(SocialCardPainter.MissingGlyphs("Résumé – „Zürich“ € 5 … ‘quoted’", fonts), Is.Empty);
            Assert.That(SocialCardPainter.Paint(Card("Launch day \U0001F680")), Is.Not.Empty, "a card is drawn all the same");
        });
    }

    [Test]
    public void A_light_accent_gets_dark_text_on_its_band()
    {
        var png = SocialCardPainter.Paint(Card("Yellow", accent: "#ffd500"));

        Assert.That(ColoursIn(png, new SKRectI(80, 520, 400, 600)).Min(colour => colour.Red + colour.Green + colour.Blue), Is.LessThan(200), "the date is dark on yellow");
    }

    /// <summary>How many pixels of <paramref name="area"/> are not the card's white.</summary>
    private static int InkIn(byte[] png, SKRectI area) => Pixels(png, area).Count(pixel => pixel != SKColors.White);

    private static SKColor[] ColoursIn(byte[] png, SKRectI area) => [.. Pixels(png, area).Distinct()];

    private static List<SKColor> Pixels(byte[] png, SKRectI area)
    {
        using var bitmap = SKBitmap.Decode(png);
        var pixels = new List<SKColor>();
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                pixels.Add(bitmap.GetPixel(x, y));
            }
        }

        return pixels;
    }

    private static List<string> ChunksOf(byte[] png)
    {
        var chunks = new List<string>();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
            chunks.Add(System.Text.Encoding.ASCII.GetString(png, at + 4, 4));
            at += 12 + length;
        }

        return chunks;
    }
}
