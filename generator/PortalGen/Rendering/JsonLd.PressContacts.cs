using System.Collections.Immutable;
using System.Text.Json;
using PortalGen.Model;

namespace PortalGen.Rendering;

/// <summary>Press contacts as schema.org ContactPoints of the organisations they speak for.</summary>
internal static partial class JsonLd
{
    /// <summary>A release's contacts, each under its organisation as the release's source, in the order first named.</summary>
    private static void WriteSourceOrganizations(Utf8JsonWriter json, Site site, ImmutableArray<PressContact> contacts)
    {
        if (contacts.IsEmpty)
        {
            return;
        }

        json.WriteStartArray("sourceOrganization");
        foreach (var organisation in contacts.GroupBy(c => c.Organisation, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            WritePartnerReference(json, site.Partners.First(p => string.Equals(p.Id, organisation.Key, StringComparison.Ordinal)));
            WriteContactPoints(json, organisation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteContactPoints(Utf8JsonWriter json, IEnumerable<PressContact> contacts)
    {
        var started = false;
        foreach (var contact in contacts)
        {
            if (!started)
            {
                json.WriteStartArray("contactPoint");
                started = true;
            }

            json.WriteStartObject();
            json.WriteString("@type", "ContactPoint");
            json.WriteString("contactType", "press");
            json.WriteString("name", contact.Name);
            json.WriteString("email", contact.Email);
            json.WriteString("telephone", contact.Phone);
            json.WriteEndObject();
        }

        if (started)
        {
            json.WriteEndArray();
        }
    }
}
