using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>A published press release: front matter checked and resolved against the registries, body rendered.</summary>
internal sealed record Release
{
    /// <summary>The file as diagnostics name it (content/news/2020/x.md).</summary>
    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset Date { get; init; }

    /// <summary>False when the editor wrote a day only: feeds and pages then show no time of day.</summary>
    public bool HasTime { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public string? Author { get; init; }

    public ImmutableArray<Partner> Partners { get; init; } = [];

    public ImmutableArray<Topic> Topics { get; init; } = [];

    /// <summary>The press contacts the release names (none: the site's default contact answers).</summary>
    public ImmutableArray<PressContact> Contacts { get; init; } = [];

    /// <summary>False when the release leaves its partners' boilerplates out (<c>boilerplates: false</c>).</summary>
    public bool ShowsBoilerplates { get; init; } = true;

    /// <summary>The partners whose boilerplates the release ends with, in the order it names them.</summary>
    public IEnumerable<Partner> BoilerplatePartners => ShowsBoilerplates ? Partners.Where(partner => partner.Boilerplate is not null) : [];

    /// <summary>The paper it reports on and who funded the work, when it is about research.</summary>
    public ResearchFacts Research { get; init; } = ResearchFacts.None;

    /// <summary>From front matter, else the lead paragraph's text, cut for cards, feeds and search.</summary>
    public required string Summary { get; init; }

    public string? Location { get; init; }

    /// <summary>The lead image as the templates link it: '/path' below the site root, or a URL; null when none.</summary>
    public string? Image { get; init; }

    /// <summary>The lead image's size, when it is a local file whose header could be read.</summary>
    public ImageSize? ImageSize { get; init; }

    public string? ImageAlt { get; init; }

    /// <summary>The lead image as variants, when it is a photo of this site (not a URL, an SVG or an animation).</summary>
    public ResponsiveImage? Picture { get; init; }

    /// <summary>The lead image's crops for search and social, 16:9 first (og:image), then 4:3 and 1:1.</summary>
    public ImmutableArray<ImageVariant> ShareCrops { get; init; } = [];

    /// <summary>A small crop of the lead image for cards.</summary>
    public ResponsiveImage? Thumbnail { get; init; }

    /// <summary>Who made the lead image and on what terms, from front matter or the photo's own metadata.</summary>
    public ImageCredit? ImageCredit { get; init; }

    /// <summary>The card drawn to share a release without a lead image (<c>images.social_cards</c>), published beside its page.</summary>
    public ImageVariant? SocialCard { get; init; }

    /// <summary>Every image of this release to publish as variants: the lead image's, the body's, its social card.</summary>
    public ImmutableArray<PublishedImage> Images { get; init; } = [];

    /// <summary>The files of its media kit (<c>downloads:</c>), in the order written.</summary>
    public ImmutableArray<Download> Downloads { get; init; } = [];

    /// <summary>Its downloads and their credits in one ZIP, when it has downloads.</summary>
    public PressKit? PressKit { get; init; }

    /// <summary>A variant's URL: published beside the lead image, in its folder.</summary>
    public string? VariantUrl(ImageVariant variant) => Image is { } image ? image[..(image.LastIndexOf('/') + 1)] + variant.FileName : null;

    public required string Slug { get; init; }

    public bool Draft { get; init; }

    /// <summary>True when shown before its date or embargo (a preview with --future).</summary>
    public bool Scheduled { get; init; }

    /// <summary>The whole body, lead paragraph included: feeds and the link check read it all.</summary>
    public required string ContentHtml { get; init; }

    /// <summary>The start of <see cref="ContentHtml"/> that stands in for a missing summary (<see cref="Parsing.RenderedMarkdown.LeadHtml"/>).</summary>
    public string LeadHtml { get; init; } = "";

    /// <summary>What the release page shows below its lead: the body without the paragraph it shows as the lead.</summary>
    public string BodyAfterLead => ContentHtml[LeadHtml.Length..];

    /// <summary>The body's first words without markup, as many as the search index shows, in UTF-8 (<see cref="Parsing.RenderedMarkdown.SearchText"/>).</summary>
    public ReadOnlyMemory<byte> ContentText { get; init; }

    /// <summary>Site-relative URL path: news/2020/slug/.</summary>
    public required string Path { get; init; }

    /// <summary>The event the release announces, when it announces one.</summary>
    public ReleaseEvent? Event { get; init; }

    /// <summary>Old URLs that redirect here.</summary>
    public ImmutableArray<OldUrl> Aliases { get; init; } = [];

    public ImmutableSortedDictionary<string, object?> Params { get; init; } = ImmutableSortedDictionary<string, object?>.Empty;

    /// <summary>The language it is written in (from the file name's suffix, else the site's default language).</summary>
    public string Language { get; init; } = "";

    /// <summary>What its translations share: the file's path below content/ without the language suffix (news/2020/x.md).</summary>
    public string TranslationKey { get; init; } = "";
}
