using System.Collections.Concurrent;
using PortalGen.Model;
using PortalGen.Rendering;

namespace PortalGen.Artifacts;

/// <summary>
/// The releases' HTML as every feed format carries it (the body as its page shows it, then its boilerplates), escaped
/// once per release and format however many feeds list it: a release is in the site's feed and in each of its
/// partners' and topics' feeds, in each format, and escaping its body for each was half the feeds' time (at 1,000
/// releases, 213 feeds of 20 entries, 26 MB).
/// </summary>
/// <param name="texts">The edition's words, for the boilerplates and the PDF cards' facts.</param>
internal sealed class FeedContents(UiTexts texts)
{
    private readonly ConcurrentDictionary<Release, string> html = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Release, string> xml = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Release, byte[]> json = new(ReferenceEqualityComparer.Instance);

    public string Html(Release release) => html.GetOrAdd(release, release => PdfCardTexts.Fill(ReleaseBoilerplates.AppendTo(release, texts), texts));

    /// <summary>Written as an element's text: as XmlWriter.WriteString escapes it (with the artifacts' settings), for WriteRaw.</summary>
    public string XmlText(Release release) => xml.GetOrAdd(release, release => XmlArtifact.EscapedText(Html(release)));

    /// <summary>A JSON string, quotes included, as the script-safe writer writes it, for WriteRawValue.</summary>
    public byte[] JsonString(Release release) => json.GetOrAdd(release, release => ScriptSafeJson.StringValue(Html(release)));
}
