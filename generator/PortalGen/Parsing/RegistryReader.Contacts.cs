using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>Reads contacts.yml: the press contacts, each speaking for a partner of partners.yml.</summary>
internal static partial class RegistryReader
{
    public static PressContacts ReadContacts(SourceFile? file, DiagnosticBag diagnostics, SiteSettings settings, ImmutableArray<Partner> partners)
    {
        var partnerIds = partners.Select(p => p.Id).ToList();
        var contacts = ReadEntries(file, diagnostics, "contact", (entry, fields, id, span) =>
        {
            var name = Required(entry, fields, "name", span);
            var organisation = Organisation(entry, fields, span, partnerIds);
            var email = Checked(entry, fields, "email", span, ContactAddresses.IsEmail, "write an address such as press@example.org");
            var phone = Checked(entry, fields, "phone", span, ContactAddresses.IsPhone, "write the number with its country code, such as +49 711 123456");
            var role = TranslatedText.Read(entry, fields, "role", settings);
            var photo = Link(entry, fields, "photo");
            return name is null || organisation is null || email is null || phone is null
                ? null
                : new PressContact(id, name, role.Default, organisation, email, phone, photo?.Value, span)
                {
                    PhotoSpan = photo?.Span ?? span,
                    Roles = settings.Languages
                        .Where(language => language.Code != settings.DefaultLanguage)
                        .ToImmutableSortedDictionary(language => language.Code, language => role.In(language.Code), StringComparer.Ordinal),
                };
        });
        return new PressContacts(contacts, DefaultContact(settings, contacts, diagnostics));
    }

    private static string? Organisation(YamlMappingNode entry, YamlFieldReader fields, SourceSpan span, List<string> partnerIds)
    {
        if (Required(entry, fields, "organisation", span) is not { } organisation)
        {
            return null;
        }

        if (partnerIds.Contains(organisation, StringComparer.Ordinal))
        {
            return organisation;
        }

        var closest = ClosestMatch.Find(organisation, partnerIds);
        fields.Diagnostics.Error(
            DiagnosticCodes.UnknownOrganisation,
            Text(entry, fields, "organisation")!.Value.Span,
            $"unknown organisation '{organisation}'",
            closest is null ? "'organisation' is the id of a partner in partners.yml" : $"did you mean '{closest}'?");
        return null;
    }

    /// <summary>A required text that must have a form: a wrong one is an error at its value, never printed.</summary>
    private static string? Checked(YamlMappingNode entry, YamlFieldReader fields, string key, SourceSpan span, Func<string, bool> isValid, string hint)
    {
        if (Required(entry, fields, key, span) is not { } value)
        {
            return null;
        }

        if (isValid(value))
        {
            return value;
        }

        fields.Diagnostics.Error(DiagnosticCodes.ContactInvalid, Text(entry, fields, key)!.Value.Span, $"'{key}' is not a valid {key}: '{value}'", hint);
        return null;
    }

    private static PressContact? DefaultContact(SiteSettings settings, ImmutableArray<PressContact> contacts, DiagnosticBag diagnostics)
    {
        if (settings.PressContact is not { } wanted)
        {
            return null;
        }

        if (contacts.FirstOrDefault(c => string.Equals(c.Id, wanted.Id, StringComparison.Ordinal)) is { } found)
        {
            return found;
        }

        var closest = ClosestMatch.Find(wanted.Id, contacts.Select(c => c.Id));
        diagnostics.Error(
            DiagnosticCodes.UnknownContact,
            wanted.Span,
            $"unknown contact '{wanted.Id}'",
            closest is null ? "the ids are listed in contacts.yml" : $"did you mean '{closest}'?");
        return null;
    }
}
