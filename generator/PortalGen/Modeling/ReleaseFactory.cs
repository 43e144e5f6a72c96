using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>Checks one release's front matter and makes its <see cref="Release"/>, or reports why it cannot.</summary>
internal static class ReleaseFactory
{
    public static Release? Create(ContentDocument document, RegistryLookup registry, DiagnosticBag diagnostics)
    {
        var frontMatter = document.FrontMatter;
        var title = RequiredFields.Title(frontMatter, diagnostics);
        var date = frontMatter.Date;
        if (date is null && !frontMatter.Keys.Contains("date"))
        {
            diagnostics.Error(DiagnosticCodes.MissingField, frontMatter.Start, "the release has no 'date'", "add a line such as 'date: 2020-12-02' to the front matter");
        }

        var partners = registry.Partners(frontMatter.Partners);
        var topics = registry.Topics(frontMatter.Topics);
        var contacts = registry.Contacts(frontMatter.Contacts);
        var research = registry.Research(frontMatter.Research);
        var slug = RequiredFields.Slug(frontMatter, document.RelativePath, diagnostics);
        var aliases = AliasRules.Check(frontMatter.Aliases, diagnostics);
        if (title is null || date is null || slug is null)
        {
            return null;
        }

        return new Release
        {
            SourcePath = document.DisplayPath,
            Title = title,
            Date = date.Value.Value.Instant,
            HasTime = date.Value.Value.HasTime,
            LastModified = frontMatter.LastModified?.Value.Instant,
            Author = frontMatter.Author,
            Partners = partners,
            Topics = topics,
            Contacts = contacts,
            ShowsBoilerplates = frontMatter.Boilerplates,
            Research = research,
            Summary = SiteBuilder.Summarize(frontMatter.Summary, document.Body.LeadText),
            Location = frontMatter.Location,
            Image = frontMatter.Image?.Value,
            ImageAlt = frontMatter.ImageAlt,
            Slug = slug,
            Draft = frontMatter.Draft,
            ContentHtml = document.Body.Html,
            LeadHtml = document.Body.LeadHtml,
            ContentText = document.Body.SearchText,
            Path = UrlScheme.Release(date.Value.Value.Instant, slug),
            Aliases = aliases,
            Event = EventFactory.Create(frontMatter.Event, title),
            Params = frontMatter.Params,
            Language = document.Language,
            TranslationKey = document.RelativePath,
        };
    }
}
