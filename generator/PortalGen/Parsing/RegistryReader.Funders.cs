using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;

namespace PortalGen.Parsing;

/// <summary>Reads funders.yml: the organisations that fund the research releases report.</summary>
internal static partial class RegistryReader
{
    public static ImmutableArray<Funder> ReadFunders(SourceFile? file, DiagnosticBag diagnostics, SiteSettings settings) =>
        ReadEntries(file, diagnostics, "funder", (entry, fields, id, span) =>
            Required(entry, fields, "name", span, settings) is not { Default: { } defaultName } name
                ? null
                : new Funder(id, defaultName, Link(entry, fields, "url")?.Value, span)
                {
                    Names = settings.Languages
                        .Where(language => language.Code != settings.DefaultLanguage)
                        .ToImmutableSortedDictionary(language => language.Code, language => name.In(language.Code)!, StringComparer.Ordinal),
                });
}
