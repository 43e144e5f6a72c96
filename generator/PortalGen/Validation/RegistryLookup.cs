using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Validation;

/// <summary>Resolves partner and topic ids from front matter, naming the closest known id for a typo.</summary>
public sealed class RegistryLookup(ImmutableArray<Partner> partners, ImmutableArray<Topic> topics, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Partner> partnersById = partners.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Topic> topicsById = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);

    public ImmutableArray<Partner> Partners(ImmutableArray<Field<string>> ids) =>
        Resolve(ids, partnersById, "partner", DiagnosticCodes.UnknownPartner, "partners.yml");

    public ImmutableArray<Topic> Topics(ImmutableArray<Field<string>> ids) =>
        Resolve(ids, topicsById, "topic", DiagnosticCodes.UnknownTopic, "topics.yml");

    private ImmutableArray<T> Resolve<T>(ImmutableArray<Field<string>> ids, Dictionary<string, T> known, string what, string code, string registry)
    {
        // A release names a handful of ids: the entries found so far are searched for a repeat rather than a set made
        // for each release (10,000 sets on every save of the preview).
        var resolved = ImmutableArray.CreateBuilder<T>(ids.Length);
        foreach (var id in ids)
        {
            var key = id.Value.Trim();
            if (known.TryGetValue(key, out var entry))
            {
                if (!resolved.Contains(entry))
                {
                    resolved.Add(entry);
                }

                continue;
            }

            var closest = ClosestMatch.Find(key, known.Keys);
            diagnostics.Error(
                code,
                id.Span,
                $"unknown {what} '{key}'",
                closest is null ? $"the ids are listed in {registry}" : $"did you mean '{closest}'?");
        }

        return resolved.DrainToImmutable();
    }
}
