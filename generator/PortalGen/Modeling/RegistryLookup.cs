using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>Resolves partner and topic ids from front matter, naming the closest known id for a typo.</summary>
internal sealed class RegistryLookup(ImmutableArray<Partner> partners, ImmutableArray<Topic> topics, DiagnosticBag diagnostics, ImmutableArray<PressContact> contacts = default, ImmutableArray<Funder> funders = default)
{
    private readonly Dictionary<string, Partner> partnersById = partners.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Topic> topicsById = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, PressContact> contactsById = contacts.IsDefault ? [] : contacts.ToDictionary(c => c.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Funder> fundersById = funders.IsDefault ? [] : funders.ToDictionary(f => f.Id, StringComparer.Ordinal);

    public ImmutableArray<Partner> Partners(ImmutableArray<Field<string>> ids) =>
        Resolve(ids, partnersById, "partner", DiagnosticCodes.UnknownPartner, "partners.yml", p => [p.Name, p.ShortName, .. p.Translations.Values.SelectMany(t => new[] { t.Name, t.ShortName })]);

    public ImmutableArray<Topic> Topics(ImmutableArray<Field<string>> ids) =>
        Resolve(ids, topicsById, "topic", DiagnosticCodes.UnknownTopic, "topics.yml", t => [t.Name, .. t.Translations.Values.Select(texts => texts.Name)]);

    public ImmutableArray<PressContact> Contacts(ImmutableArray<Field<string>> ids) =>
        Resolve(ids, contactsById, "contact", DiagnosticCodes.UnknownContact, "contacts.yml", c => [c.Name]);

    /// <summary>The release's research facts, each funder it names looked up with the grant it gives.</summary>
    public ResearchFacts Research(ResearchFields research)
    {
        if (research.Doi is null && research.Publication is null && research.Funders.IsEmpty)
        {
            return ResearchFacts.None;
        }

        var found = Resolve([.. research.Funders.Select(f => f.Id)], fundersById, "funder", DiagnosticCodes.UnknownFunder, "funders.yml", f => [f.Name]);
        var funding = found.Select(funder => new Grant(funder, research.Funders.First(f => string.Equals(f.Id.Value.Trim(), funder.Id, StringComparison.Ordinal)).Grant));
        return new ResearchFacts(research.Doi, research.Publication, [.. funding]);
    }

    /// <summary>
    /// Whether a release made earlier from <paramref name="frontMatter"/> holds what looking its ids up again would
    /// give: each id still names the very entry the release holds. Asked without making any list; an id the
    /// registry does not know answers false, so its error is reported again.
    /// </summary>
    public bool StillHolds(Release release, FrontMatter frontMatter) =>
        Holds(release.Partners, frontMatter.Partners, partnersById) && Holds(release.Topics, frontMatter.Topics, topicsById)
        && Holds(release.Contacts, frontMatter.Contacts, contactsById)
        && (frontMatter.Research.Funders.IsEmpty || Holds([.. release.Research.Funding.Select(g => g.Funder)], [.. frontMatter.Research.Funders.Select(f => f.Id)], fundersById));

    private static bool Holds<T>(ImmutableArray<T> kept, ImmutableArray<Field<string>> ids, Dictionary<string, T> known)
        where T : class
    {
        foreach (var id in ids)
        {
            if (!known.TryGetValue(id.Value.Trim(), out var entry) || !Contains(kept, entry))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains<T>(ImmutableArray<T> entries, T entry)
        where T : class
    {
        foreach (var candidate in entries)
        {
            if (ReferenceEquals(candidate, entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="namesOf">An entry's names, the one to show first: an entry written by a name is answered with its id.</param>
    private ImmutableArray<T> Resolve<T>(ImmutableArray<Field<string>> ids, Dictionary<string, T> known, string what, string code, string registry, Func<T, IEnumerable<string>> namesOf)
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
                else
                {
                    diagnostics.Warning(DiagnosticCodes.RepeatedId, id.Span, $"{what} '{key}' is listed twice", "remove this one; the first place in the list is the one that counts");
                }

                continue;
            }

            diagnostics.Error(code, id.Span, $"unknown {what} '{key}'", Suggestion(key, known, what, registry, namesOf));
        }

        return resolved.DrainToImmutable();
    }

    private static string Suggestion<T>(string key, Dictionary<string, T> known, string what, string registry, Func<T, IEnumerable<string>> namesOf)
    {
        // A name first: a typo's distance would offer 'nec' for "NEC Labs" without saying that ids are what to write.
        return EntriesNamed.Find(key, known, namesOf) switch
        {
            { Count: >= 1 and <= 5 } named => $"a release names a {what} by its id: {string.Join(", ", named.Select(entry => $"'{entry.Id}' for {entry.Name}"))}",
            _ => ClosestMatch.Find(key, known.Keys) is { } closest ? $"did you mean '{closest}'?" : $"the ids are listed in {registry}",
        };
    }
}
