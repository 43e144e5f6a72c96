namespace PortalGen.Corpus;

/// <summary>One release: who and what it is about, its title, slug and summary, and its body (<see cref="BodyComposer"/>).</summary>
internal sealed class ReleaseComposer
{
    private static readonly int[] PartnerCounts = [1, 1, 2, 2, 2, 3, 3, 4, 5];
    private static readonly int[] TopicCounts = [1, 2, 2, 3, 3, 4];

    private readonly CorpusRandom random;
    private readonly Prose prose;
    private readonly BodyComposer body;
    private readonly Popularity partners;
    private readonly Popularity topics;
    private readonly HashSet<string> slugs = new(StringComparer.Ordinal);

    public ReleaseComposer(CorpusRandom random)
    {
        this.random = random;
        prose = new Prose(random);
        body = new BodyComposer(random, prose);
        partners = new Popularity(Partner.All.Select(p => p.Id), 4, 5, random);
        topics = new Popularity(Topic.All.Select(t => t.Id), 7, 10, random);
    }

    /// <param name="time">When it appeared, for the dateline.</param>
    /// <param name="date">Its date as the front matter writes it.</param>
    /// <param name="partner">A partner it must name, so that every partner has releases.</param>
    /// <param name="topic">Likewise a topic.</param>
    /// <param name="earlier">A release before it, which the body may link to.</param>
    public Release Compose(DateTimeOffset time, string date, string? partner, string? topic, Release? earlier)
    {
        var partnerIds = WithRequired(partners.Draw(random.Pick(PartnerCounts) - (partner is null ? 0 : 1), partner, random), partner);
        var topicIds = WithRequired(topics.Draw(random.Pick(TopicCounts) - (topic is null ? 0 : 1), topic, random), topic);
        var first = Partner.ById[partnerIds[0]];
        var second = Partner.ById[partnerIds.Count > 1 ? partnerIds[1] : random.Pick(Partner.All.Where(p => p != first).ToList()).Id];
        var technology = random.Pick(WordBank.Technologies);
        var context = new ReleaseContext(
            first.Short, second.Short, Topic.ById[topicIds[0]].Name.ToLowerInvariant(), technology,
            random.Pick(WordBank.Applications), random.Pick(WordBank.Facilities), random.Pick(WordBank.Programmes));
        var city = first.Location.Split(',')[0].Split(" and ")[0];
        var person = prose.Person();
        var title = Title(context, city, person);
        var slug = Slugs.Unique(title, slugs);
        var author = random.Pick(WordBank.Authors);
        var summary = $"{prose.Sentence(context)} {prose.Sentence(context)}";
        var release = new Release(title, date, time.Year, author, partnerIds, topicIds, summary, city, slug, Body: "");
        return release with { Body = body.Compose(release, time, context, first, second, person, earlier) };
    }

    /// <summary>The drawn ids with the required one at a random place among them.</summary>
    private List<string> WithRequired(List<string> drawn, string? required)
    {
        if (required is not null)
        {
            drawn.Insert(random.Between(0, drawn.Count), required);
        }

        return drawn;
    }

    private string Title(ReleaseContext context, string city, string person)
    {
        var technology = context.Technology.StartsWith("a ", StringComparison.Ordinal) ? context.Technology[2..]
            : context.Technology.StartsWith("an ", StringComparison.Ordinal) ? context.Technology[3..]
            : context.Technology;
        var pattern = random.Pick(WordBank.TitlePatterns);
        if (technology.Contains(" for ", StringComparison.Ordinal))
        {
            // "a catalyst for green hydrogen for drug discovery" says too much.
            pattern = pattern.Replace("{tech_short} for {app}", "{tech_short}", StringComparison.Ordinal);
        }

        var title = prose.Fill(
            pattern
                .Replace("{tech_short}", technology, StringComparison.Ordinal)
                .Replace("{award}", random.Pick(WordBank.Awards), StringComparison.Ordinal)
                .Replace("{person}", person, StringComparison.Ordinal)
                .Replace("{amount_t}", prose.Amount(), StringComparison.Ordinal)
                .Replace("{city}", city, StringComparison.Ordinal),
            context);
        return string.Concat(title[..1].ToUpperInvariant(), title[1..]);
    }
}
