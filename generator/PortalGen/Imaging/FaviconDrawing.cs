using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Imaging;

/// <summary>
/// One raster file of the favicon set, drawn from brand.favicon or, without one, as a monogram of the site's title. Drawn
/// by <see cref="FaviconPainter"/> and cached by the image store under a name that hashes <see cref="Key"/>, so a
/// rebuild draws nothing until the source, the accent or the title changes.
/// </summary>
/// <param name="Initials">The monogram's letters (<see cref="Monogram.Initials"/>); unused when there is a source.</param>
/// <param name="Accent">The site's colour, #rrggbb: the monogram's square, the Apple icon's background.</param>
/// <param name="Source">brand.favicon's static file (its facts say its format and digest), or null for the monogram.</param>
internal sealed record FaviconDrawing(FaviconFile File, string Initials, string Accent, StaticFile? Source, CardFonts Fonts) : Drawing
{
    public override string Origin => Source is null ? "the favicon drawn from the site's title" : $"the favicon {Source.Origin}";

    /// <summary>Everything the drawing depends on: the painter's version, the fonts' bytes, and the source's digest.</summary>
    public override string Key => Source is null
        ? string.Join('\n', FaviconPainter.Version, File, Fonts.Hash, Initials, Accent)
        : string.Join('\n', FaviconPainter.Version, File, Source.OutputPath, Source.Image?.Format, Source.Image?.Hash, Accent);

    public override (string Code, string Hint) WhenDamaged =>
        (DiagnosticCodes.DamagedFavicon, "open it in an image editor and export it again (SVG with its text turned into paths, or a square PNG of at least 512 px)");

    public override byte[] Draw() => FaviconPainter.Paint(this);
}
