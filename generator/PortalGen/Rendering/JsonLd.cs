using System.Buffers;
using System.Text;
using System.Text.Json;
using PortalGen.Model;

namespace PortalGen.Rendering;

/// <summary>
/// schema.org structured data for search engines, as JSON ready to print inside
/// <c>&lt;script type="application/ld+json"&gt;</c>: written by a JSON writer, never by string concatenation.
/// Written straight out rather than built as JSON nodes first, which cost a release page more than the rest of its view.
/// </summary>
internal static partial class JsonLd
{
    /// <summary>
    /// Each rendering thread's JSON bytes, kept between pages: a new buffer per release page grew from 1 KB twice
    /// or three times, 35 MB of garbage at 10,000 releases.
    /// </summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? bufferOfThisThread;

    /// <summary>A NewsArticle for a release page.</summary>
    public static string NewsArticle(Site site, Release release) => ForScriptElement(json =>
    {
        var permalink = site.Urls.Permalink(release.Path);
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "NewsArticle");
        json.WriteString("headline", release.Title);
        json.WriteString("description", release.Summary);
        json.WriteString("url", permalink);
        json.WriteStartObject("mainEntityOfPage");
        json.WriteString("@type", "WebPage");
        json.WriteString("@id", permalink);
        json.WriteEndObject();
        json.WriteString("datePublished", DateTexts.Iso(release.Date, release.HasTime));
        json.WriteString("dateModified", release.LastModified is { } modified ? DateTexts.Instant(modified) : DateTexts.Iso(release.Date, release.HasTime));
        json.WriteString("inLanguage", site.Settings.Language);
        json.WritePropertyName("author");
        WriteAuthor(json, site, release.Author);

        json.WritePropertyName("publisher");
        WriteSiteOrganization(json, site);
        var shared = ShareImages.Of(site, release).ToList();
        if (shared.Count > 0)
        {
            WriteShareImages(json, shared, release.ImageCredit);
        }
        else if (release.Image is { } image)
        {
            json.WriteString("image", site.Urls.AssetPermalink(image, release.Path));
        }

        if (!release.Topics.IsEmpty)
        {
            json.WriteStartArray("about");
            foreach (var topic in release.Topics)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Thing");
                json.WriteString("name", topic.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (!release.Partners.IsEmpty)
        {
            json.WriteStartArray("mentions");
            foreach (var partner in release.Partners)
            {
                json.WriteStartObject();
                WritePartnerReference(json, partner);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteSourceOrganizations(json, site, site.Contacts.For(release));
        WriteResearch(json, site, release.Research);
    });

    /// <summary>An Organization for a partner's page: name, website, logo, description and location.</summary>
    public static string Organization(Site site, Partner partner) => ForScriptElement(json =>
    {
        json.WriteString("@context", "https://schema.org");
        WritePartnerReference(json, partner);
        if (partner.ShortName != partner.Name)
        {
            json.WriteString("alternateName", partner.ShortName);
        }

        if (partner.Logo is { } logo)
        {
            json.WriteString("logo", site.Urls.AssetPermalink(logo, UrlScheme.Home));
        }

        if (partner.Description is { } description)
        {
            json.WriteString("description", description);
        }

        if (partner.Location is { } location)
        {
            json.WriteStartObject("location");
            json.WriteString("@type", "Place");
            json.WriteString("name", location);
            json.WriteEndObject();
        }

        WriteContactPoints(json, site.Contacts.Of(partner));
    });

    /// <summary>
    /// One JSON object, written by <see cref="ScriptSafeJson"/>: a title holding "&lt;/script&gt;" or "&lt;!--" can never
    /// end or confuse the script element it is printed in.
    /// </summary>
    private static string ForScriptElement(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = bufferOfThisThread ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var json = ScriptSafeJson.Writer(buffer))
        {
            json.WriteStartObject();
            writeMembers(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Google's article guidelines ask for the lead image in 16:9, 4:3 and 1:1; each carries the photo's credit and
    /// licence. A release without one names its social card.
    /// </summary>
    private static void WriteShareImages(Utf8JsonWriter json, List<(string Url, ImageVariant Image)> shared, ImageCredit? credit)
    {
        json.WriteStartArray("image");
        foreach (var (url, image) in shared)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ImageObject");
            json.WriteString("url", url);
            json.WriteNumber("width", image.Width);
            json.WriteNumber("height", image.Height);
            if (credit is not null)
            {
                WriteIfAny(json, "creditText", credit.Credit);
                WriteIfAny(json, "copyrightNotice", credit.Copyright);
                WriteIfAny(json, "license", credit.License is { } license ? LicenseLinks.Url(license) : null);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIfAny(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>
    /// Google asks for each author's type and a URL that tells them apart: a press office writes as its institution,
    /// so an author naming a partner (by id, name or short name) or the site is that Organization, with its website
    /// (or its page here); any other name is a Person. No author: the site.
    /// </summary>
    private static void WriteAuthor(Utf8JsonWriter json, Site site, string? author)
    {
        if (author is null || author.Equals(site.Settings.Title, StringComparison.OrdinalIgnoreCase))
        {
            WriteSiteOrganization(json, site);
            return;
        }

        json.WriteStartObject();
        if (site.Partners.FirstOrDefault(p => Names(p).Any(name => name.Equals(author, StringComparison.OrdinalIgnoreCase))) is { } partner)
        {
            json.WriteString("@type", "Organization");
            json.WriteString("name", partner.Name);
            json.WriteString("url", partner.Website ?? site.Urls.Permalink(UrlScheme.Partner(partner.Id)));
        }
        else
        {
            json.WriteString("@type", "Person");
            json.WriteString("name", author);
        }

        json.WriteEndObject();

        static string[] Names(Partner partner) => [partner.Id, partner.Name, partner.ShortName];
    }

    private static void WriteSiteOrganization(Utf8JsonWriter json, Site site)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", site.Settings.Title);
        json.WriteString("url", site.Urls.Permalink(UrlScheme.Home));

        // Google's news results show the publisher's logo beside its articles.
        if (site.Settings.Brand.Logo is { } logo)
        {
            json.WriteStartObject("logo");
            json.WriteString("@type", "ImageObject");
            json.WriteString("url", site.Urls.AssetPermalink(logo, UrlScheme.Home));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WritePartnerReference(Utf8JsonWriter json, Partner partner)
    {
        json.WriteString("@type", "Organization");
        json.WriteString("name", partner.Name);
        if (partner.Website is { } website)
        {
            json.WriteString("url", website);
        }
    }
}
