using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>A release's HTML as every feed format carries it: the body as its page shows it, then its boilerplates.</summary>
internal static class FeedContent
{
    public static string Of(Release release, UiTexts texts) => PdfCardTexts.Fill(ReleaseBoilerplates.AppendTo(release, texts), texts);
}
