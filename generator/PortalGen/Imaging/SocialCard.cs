using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Imaging;

/// <summary>
/// The share card of a release without a lead photo: what it shows, and the fonts it is drawn with. Drawn by
/// <see cref="SocialCardPainter"/>; everything here is in its file name (<see cref="ImagePlanner.Card"/>), so a cached
/// card is found by name and a changed title gets a new one.
/// </summary>
/// <param name="SiteName">The site's title in the release's language.</param>
/// <param name="DateText">The release's date as its page shows it (2 December 2025, 2. Dezember 2025, 2025年12月2日).</param>
/// <param name="PartnerNames">The short names of the partners it names, in its order.</param>
/// <param name="Accent">The site's accent colour, #rrggbb.</param>
/// <param name="Language">The release's language: which forms the fonts use, and how Japanese lines break.</param>
internal sealed record SocialCard(
    string SiteName,
    string Title,
    string DateText,
    ImmutableArray<string> PartnerNames,
    string Accent,
    string Language,
    CardFonts Fonts) : Drawing
{
    public override string Origin => $"the social card of \"{Title}\"";

    /// <summary>Everything the drawing depends on, the painter's version and the fonts' bytes included.</summary>
    public override string Key =>
        string.Join('\n', SocialCardPainter.Version, Fonts.Hash, SiteName, Title, DateText, string.Join('\u001f', PartnerNames), Accent, Language);

    public override byte[] Draw() => SocialCardPainter.Paint(this);
}
