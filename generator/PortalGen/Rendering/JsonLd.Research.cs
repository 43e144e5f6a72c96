using System.Text.Json;
using PortalGen.Model;

namespace PortalGen.Rendering;

/// <summary>A release's paper as its schema.org <c>citation</c>, and who funded the work as its <c>funding</c>.</summary>
internal static partial class JsonLd
{
    private static void WriteResearch(Utf8JsonWriter json, Site site, ResearchFacts research)
    {
        if (research.HasCitation)
        {
            json.WriteStartObject("citation");
            json.WriteString("@type", "ScholarlyArticle");
            WriteCitedPaper(json, research);
            json.WriteEndObject();
        }

        if (research.Funding.IsEmpty)
        {
            return;
        }

        json.WriteStartArray("funding");
        foreach (var grant in research.Funding)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Grant");
            if (grant.Number is { } number)
            {
                json.WriteString("identifier", number);
            }

            var funder = site.Funders.FirstOrDefault(f => string.Equals(f.Id, grant.Funder.Id, StringComparison.Ordinal)) ?? grant.Funder;
            json.WriteStartObject("funder");
            json.WriteString("@type", "Organization");
            json.WriteString("name", funder.Name);
            if (funder.Website is { } website)
            {
                json.WriteString("url", website);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCitedPaper(Utf8JsonWriter json, ResearchFacts research)
    {
        if (research.Publication is { } paper)
        {
            json.WriteString("name", paper.Title);
            if (paper.Journal is { } journal)
            {
                json.WriteStartObject("isPartOf");
                json.WriteString("@type", "Periodical");
                json.WriteString("name", journal);
                json.WriteEndObject();
            }

            if (paper.Date is { } date)
            {
                json.WriteString("datePublished", date);
            }
        }

        if (research.Doi is { } doi)
        {
            json.WriteString("sameAs", research.DoiUrl);
            json.WriteStartObject("identifier");
            json.WriteString("@type", "PropertyValue");
            json.WriteString("propertyID", "DOI");
            json.WriteString("value", doi);
            json.WriteEndObject();
        }
    }
}
