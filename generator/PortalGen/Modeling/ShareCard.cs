using PortalGen.Diagnostics;
using PortalGen.Imaging;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>
/// Gives a release without a lead image a social card (<c>images.social_cards: true</c>): a link shared without a
/// picture is a grey box on most networks. The card is planned here, from text alone, and drawn with the photos.
/// </summary>
internal static class ShareCard
{
    public static Release Add(Release release, ContentDocument document, SiteSettings settings, UrlScheme urls, DiagnosticBag diagnostics)
    {
        if (!settings.Images.SocialCards || release.Image is not null)
        {
            return release;
        }

        var fonts = EmbeddedTheme.CardFonts;
        var card = new SocialCard(
            settings.Title,
            release.Title,
            DateTexts.LongDate(release.Date, settings.Language),
            [.. release.Partners.Select(partner => partner.ShortName)],
            settings.Images.Accent,
            settings.Language,
            fonts);
        var span = document.FrontMatter.Title?.Span ?? document.FrontMatter.Start;
        var missing = SocialCardPainter.MissingGlyphs(release.Title, fonts);
        if (!missing.IsEmpty)
        {
            diagnostics.Warning(
                DiagnosticCodes.CardGlyphsMissing,
                span,
                $"the social card shows a box for {string.Join(" ", missing)} in the title: its fonts have no such character",
                "the card's fonts hold Latin and Japanese text; leave emoji and other scripts out of the title, or give the release a lead image");
        }

        var file = ImagePlanner.Card(card);
        var folder = UrlScheme.PathIn(urls.LanguageFolder, release.Path);
        return release with { SocialCard = file, Images = [.. release.Images, new PublishedImage(card, folder, [file], span)] };
    }
}
