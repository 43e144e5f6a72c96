using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PortalGen.Model;

namespace PortalGen.Rendering;

/// <summary>
/// schema.org structured data for search engines, as JSON ready to print inside
/// <c>&lt;script type="application/ld+json"&gt;</c>: built as JSON nodes, never by string concatenation.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>A NewsArticle for a release page.</summary>
    public static string NewsArticle(Site site, Release release)
    {
        var permalink = site.Urls.Permalink(release.Path);
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = release.Title,
            ["description"] = release.Summary,
            ["url"] = permalink,
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = permalink },
            ["datePublished"] = DateTexts.Iso(release.Date, release.HasTime),
            ["dateModified"] = release.LastModified is { } modified ? DateTexts.Iso(modified, hasTime: true) : DateTexts.Iso(release.Date, release.HasTime),
            ["inLanguage"] = site.Settings.Language,
            ["author"] = release.Author is { } author
                ? new JsonObject { ["@type"] = "Person", ["name"] = author }
                : SiteOrganization(site),
            ["publisher"] = SiteOrganization(site),
        };
        if (release.Image is { } image)
        {
            article["image"] = site.Urls.AssetPermalink(image, release.Path);
        }

        if (!release.Topics.IsEmpty)
        {
            article["about"] = new JsonArray([.. release.Topics.Select(t => (JsonNode)new JsonObject { ["@type"] = "Thing", ["name"] = t.Name })]);
        }

        if (!release.Partners.IsEmpty)
        {
            article["mentions"] = new JsonArray([.. release.Partners.Select(p => (JsonNode)PartnerReference(p, new JsonObject()))]);
        }

        return ForScriptElement(article);
    }

    /// <summary>An Organization for a partner's page: name, website, logo, description and location.</summary>
    public static string Organization(Site site, Partner partner)
    {
        var organization = PartnerReference(partner, new JsonObject { ["@context"] = "https://schema.org" });
        if (partner.ShortName != partner.Name)
        {
            organization["alternateName"] = partner.ShortName;
        }

        if (partner.Logo is { } logo)
        {
            organization["logo"] = site.Urls.AssetPermalink(logo, UrlScheme.Home);
        }

        if (partner.Description is { } description)
        {
            organization["description"] = description;
        }

        if (partner.Location is { } location)
        {
            organization["location"] = new JsonObject { ["@type"] = "Place", ["name"] = location };
        }

        return ForScriptElement(organization);
    }

    /// <summary>
    /// The JSON with &lt;, &gt; and &amp; written as \u escapes, so a title holding "&lt;/script&gt;" or "&lt;!--" can never
    /// end or confuse the script element it is printed in. Replacing them in the text is exact: outside strings
    /// JSON has no such characters, and inside strings the escape means the same character. Other letters
    /// (ü, quotes, +) stay as they are, readable in the page source.
    /// </summary>
    private static string ForScriptElement(JsonObject json) => json.ToJsonString(Options)
        .Replace("<", "\\u003C", StringComparison.Ordinal)
        .Replace(">", "\\u003E", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal);

    private static JsonObject SiteOrganization(Site site) => new()
    {
        ["@type"] = "Organization",
        ["name"] = site.Settings.Title,
        ["url"] = site.Urls.Permalink(UrlScheme.Home),
    };

    private static JsonObject PartnerReference(Partner partner, JsonObject organization)
    {
        organization["@type"] = "Organization";
        organization["name"] = partner.Name;
        if (partner.Website is { } website)
        {
            organization["url"] = website;
        }

        return organization;
    }
}
