using System.Globalization;

namespace PortalGen.Corpus;

/// <summary>
/// A release's Markdown body of 400–900 words, shaped like a real one: a dateline and lead, links to the partners'
/// sites and a topic page, headings, a list, a quote, sometimes a table and a link to an earlier release, and an
/// "About" section with the press contact.
/// </summary>
internal sealed class BodyComposer(CorpusRandom random, Prose prose)
{
    private static readonly string[] TableRoles = ["Coordination", "Research", "Application", "Funding", "Transfer", "Data"];

    public string Compose(Release release, DateTimeOffset time, ReleaseContext context, Partner first, Partner second, string person, Release? earlier)
    {
        var target = random.Between(400, 900);
        var blocks = new List<string>();
        var words = 0;
        void Add(string block)
        {
            blocks.Add(block);
            words += Words.Count(block);
        }

        Add(Invariant($"**{release.Location}, {time.Day} {WordBank.Months[time.Month - 1]} {time.Year}** – {prose.Paragraph(context, 2, 3)}"));
        Add(prose.Paragraph(context));
        var topic = Topic.ById[release.Topics[0]];
        Add($"The work is carried out by [{first.Name}]({first.Url}) together with [{second.Short}]({second.Url}). "
            + $"{prose.Paragraph(context, 2, 3)} More releases on this subject are collected under [{topic.Name}](/topics/{topic.Id}/).");
        var headings = new Queue<string>(random.Sample(WordBank.Headings, 4));
        Add($"## {headings.Dequeue()}");
        Add(prose.Paragraph(context, 2, 4));
        Add($"The agreement covers, among other things:\n\n{List(context)}");
        var role = prose.Fill(random.Pick(WordBank.Roles[first.Kind]), context);
        Add($"> \"{prose.Fill(random.Pick(WordBank.Quotes), context)}\", says {person}, {role}. \"{prose.Sentence(context)}\"");
        if (random.Chance(35))
        {
            Add($"## {headings.Dequeue()}");
            Add(Table(release));
        }

        if (earlier is not null && random.Chance(50))
        {
            Add(Invariant($"The consortium reported earlier on related work: [{earlier.Title}](/news/{earlier.Year}/{earlier.Slug}/). {prose.Paragraph(context, 1, 2)}"));
        }

        while (words < target - 60)
        {
            if (headings.Count > 0 && random.Chance(35))
            {
                Add($"## {headings.Dequeue()}");
            }

            var paragraph = prose.Paragraph(context);
            if (random.Chance(15))
            {
                paragraph += Invariant($" *{char.ToUpperInvariant(context.Programme[0])}{context.Programme[1..]}* is open to applications from {time.Year + 1}.");
            }

            Add(paragraph);
        }

        Add($"## About {first.Short}");
        Add($"{first.Description} More information: [{first.Url}]({first.Url})");
        Add($"*Press contact: {release.Author}, {first.Short}.*");
        return string.Join("\n\n", blocks) + "\n";
    }

    /// <summary>Three to six items, numbered in about a third of the releases, some in bold.</summary>
    private string List(ReleaseContext context)
    {
        var items = random.Sample(WordBank.ListItems, random.Between(3, 6));
        var ordered = random.Chance(30);
        return string.Join('\n', items.Select((item, index) =>
        {
            var text = prose.Fill(item, context);
            if (random.Chance(25))
            {
                text = $"**{text}**";
            }

            return ordered ? Invariant($"{index + 1}. {text}") : $"- {text}";
        }));
    }

    /// <summary>What each partner brings, in a table with a right-aligned column.</summary>
    private string Table(Release release) =>
        string.Join('\n', ["| Partner | Role | Contribution |", "|---|---|---:|", .. release.Partners.Select(id => $"| {Partner.ById[id].Short} | {random.Pick(TableRoles)} | {prose.Amount()} |")]);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
