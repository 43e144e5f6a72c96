using System.Text.RegularExpressions;

namespace PortalGen.Corpus;

/// <summary>Press-release prose from <see cref="WordBank"/>: placeholders filled, sentences drawn into paragraphs.</summary>
internal sealed partial class Prose(CorpusRandom random)
{
    private static readonly string[] Amounts =
    [
        "500,000 euros", "1.2 million euros", "2 million euros", "2.5 million euros", "3.8 million euros", "4.2 million euros",
        "5 million euros", "7.5 million euros", "10 million euros", "12 million euros", "15 million euros", "20 million euros",
        "30 million euros", "45 million euros", "100 million euros",
    ];

    private static readonly string[] Percentages = ["15", "20", "25", "30", "40", "50", "60"];
    private static readonly string[] Numbers = ["12", "20", "25", "35", "40", "60", "80", "120", "150", "300", "1200"];

    public string Amount() => random.Pick(Amounts);

    /// <summary>A name with an academic title, or without one.</summary>
    public string Person()
    {
        var title = random.Pick(WordBank.AcademicTitles);
        var name = $"{random.Pick(WordBank.FirstNames)} {random.Pick(WordBank.LastNames)}";
        return title.Length == 0 ? name : $"{title} {name}";
    }

    public string Fill(string template, ReleaseContext context) =>
        Placeholder().Replace(template, match => Value(match.Groups[1].Value, context));

    public string Sentence(ReleaseContext context) => Fill(random.Pick(WordBank.Sentences), context);

    /// <summary>Between <paramref name="fewest"/> and <paramref name="most"/> different sentences.</summary>
    public string Paragraph(ReleaseContext context, int fewest = 3, int most = 5) =>
        string.Join(' ', random.Sample(WordBank.Sentences, random.Between(fewest, most)).Select(sentence => Fill(sentence, context)));

    private string Value(string placeholder, ReleaseContext context) => placeholder switch
    {
        "P" => context.Partner,
        "P2" => context.OtherPartner,
        "topic" => context.Topic,
        "tech" => context.Technology,
        "app" => context.Application,
        "facility" => context.Facility,
        "prog" => context.Programme,
        "benefit" => Fill(random.Pick(WordBank.Benefits), context),
        "pct" => random.Pick(Percentages),
        "amount" => Amount(),
        "years" => random.Between(2, 12).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "num" => random.Pick(Numbers),
        "journal" => random.Pick(WordBank.Journals),
        "conf" => random.Pick(WordBank.Conferences),
        "dept" => random.Pick(WordBank.Departments),
        _ => throw new ArgumentException($"the word bank has an unknown placeholder {{{placeholder}}}", nameof(placeholder)),
    };

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
