using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace PortalGen.Imaging;

/// <summary>
/// One font of the social card, ready to shape and draw with. Made once and shared by every card on every thread:
/// a Skia typeface is immutable, and <see cref="SKShaper.Shape(HarfBuzzSharp.Buffer, float, float, SKFont)"/> uses
/// only its HarfBuzz font, which HarfBuzz shapes with from many threads at once (the buffer is each caller's own).
/// </summary>
internal sealed class CardFace : IDisposable
{
    /// <summary>Asked only which glyph a character has, which reads the typeface's cmap and changes nothing.</summary>
    private readonly SKFont lookup;

    public CardFace(SKData font, string name)
    {
        Typeface = SKTypeface.FromData(font) ?? throw new InvalidOperationException($"the theme's font {name} cannot be read");
        Shaper = new SKShaper(Typeface);
        lookup = new SKFont(Typeface);
    }

    public SKTypeface Typeface { get; }

    public SKShaper Shaper { get; }

    public bool Has(int codepoint) => lookup.ContainsGlyph(codepoint);

    public void Dispose()
    {
        lookup.Dispose();
        Shaper.Dispose();
        Typeface.Dispose();
    }
}
