using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Editing;

/// <summary>
/// The fields of a release and of a plain page, in the order editors expect them. A new front matter field is one
/// entry here: the browser editor's form and the JSON Schema both follow these lists.
/// </summary>
internal static class FrontMatterFields
{
    private static readonly FrontMatterField Title = new("title", "Title", FieldKind.Line, $"The headline, at most {FrontMatterRules.MaxTitleLength} characters")
    {
        Required = true,
        Translated = true,
        MaxLength = FrontMatterRules.MaxTitleLength,
    };

    private static readonly FrontMatterField Body = new("body", "Text", FieldKind.Body, "The release in Markdown") { Translated = true };

    public static ImmutableArray<FrontMatterField> Release { get; } =
    [
        Title,
        new("date", "Date", FieldKind.Date, "When the release is dated; without a time zone, in the site's") { Required = true },
        new("summary", "Summary", FieldKind.Paragraph, "One or two sentences for cards, feeds and search results") { Translated = true },
        new("partners", "Partners", FieldKind.Partners, "The partners the release is about, from partners.yml"),
        new("topics", "Topics", FieldKind.Topics, "The topics it is filed under, from topics.yml"),
        new("location", "Location", FieldKind.Line, "Where the news happened, such as Tübingen") { Translated = true },
        new("author", "Author", FieldKind.Line, "Who wrote the release"),
        new("image", "Lead photo", FieldKind.Image, "The photo at the top of the release and in shares"),
        new("image_alt", "Photo description", FieldKind.Line, "What the photo shows, for readers who cannot see it") { Translated = true },
        new("image_credit", "Photo credit", FieldKind.Line, "Who took the photo, or holds its rights"),
        new("boilerplates", "Partner boilerplates", FieldKind.Flag, "Ends the release with each partner's 'About' text from partners.yml; off for a release that should not")
        {
            FlagDefault = FrontMatterRules.BoilerplatesByDefault,
        },
        new("draft", "Draft", FieldKind.Flag, "A draft is not published"),
        new("embargo", "Embargo", FieldKind.Date, "Not published before this instant"),
        Body,
        new("slug", "URL segment", FieldKind.Slug, "The last part of the release's URL; by default made from the file name") { InForm = false },
        new("lastmod", "Last changed", FieldKind.Date, "When the release was last changed") { InForm = false },
        new("expires", "Expires", FieldKind.Date, "Unpublished after this date") { InForm = false },
        new("aliases", "Old URLs", FieldKind.Paths, "Old URLs that redirect to the release") { InForm = false },
        new("image_focus", "Photo focus", FieldKind.Line, "Where crops of the photo are centred: 0.3,0.4 or a name such as top") { InForm = false },
        new("image_license", "Photo licence", FieldKind.Line, "The photo's licence, such as CC BY 4.0") { InForm = false },
    ];

    public static ImmutableArray<FrontMatterField> Page { get; } =
    [
        Title,
        new("menu", "Menu", FieldKind.Choice, "Where the page is linked from: main (the header), footer or none")
        {
            Choices = [.. Enum.GetValues<PageMenu>().Select(menu => menu.ToString().ToLowerInvariant())],
        },
        Body,
    ];
}
