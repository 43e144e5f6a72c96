using System.Runtime.CompilerServices;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Modeling;
using PortalGen.Parsing;

namespace PortalGen.Serving.Caching;

/// <summary>
/// Releases made from parsed documents, kept between the rebuilds of a long-running preview. A document the parse
/// cache hands back unchanged (the same reference) makes the same release, except for its partners and topics,
/// which are looked up again because the registries may have changed; checking the front matter of every release
/// again was a fifth of a save at 10,000 releases. Only releases whose checks said nothing are kept, so a
/// document with a warning reports it again on every rebuild.
/// </summary>
internal sealed class ReleaseMemo
{
    private readonly ConditionalWeakTable<ContentDocument, Release> made = [];

    /// <returns>The release made from <paramref name="document"/>, with its registry entries looked up in <paramref name="registry"/>.</returns>
    internal Release? GetOrCreate(ContentDocument document, RegistryLookup registry, DiagnosticBag diagnostics)
    {
        if (made.TryGetValue(document, out var release))
        {
            // The same release object when the registries hold the same entries (they were kept, not read again):
            // the model and indexes downstream can then tell the unchanged releases by reference.
            if (!registry.StillHolds(release, document.FrontMatter))
            {
                release = release with
                {
                    Partners = registry.Partners(document.FrontMatter.Partners),
                    Topics = registry.Topics(document.FrontMatter.Topics),
                    Contacts = registry.Contacts(document.FrontMatter.Contacts),
                    Research = registry.Research(document.FrontMatter.Research),
                };
                made.AddOrUpdate(document, release);
            }

            return release;
        }

        var checks = new DiagnosticBag();
        release = ReleaseFactory.Create(document, registry, checks);
        var found = checks.ToSortedArray();
        foreach (var diagnostic in found)
        {
            diagnostics.Add(diagnostic);
        }

        if (release is not null && found.IsEmpty)
        {
            made.AddOrUpdate(document, release);
        }

        return release;
    }
}
