using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Parsing;
using PortalGen.Settings;

namespace PortalGen.Modeling;

/// <summary>
/// Turns parsed documents and registries into the immutable <see cref="Site"/>: checks what one file
/// cannot check alone (registry ids, unique URLs), applies the publication rules, assigns URLs once, then
/// resolves what needs every URL: links by source path, bundle files and lead images.
/// </summary>
internal static class SiteBuilder
{
    private const int SummaryLength = 200;

    public static Site Build(
        SiteInputs inputs,
        PipelineSettings options,
        DiagnosticBag diagnostics,
        IModelCache cache,
        IEnumerable<(string Source, string Path)>? otherLanguageTargets = null)
    {
        var (settings, partners, topics, releaseDocuments, pageDocuments, content) = inputs;
        var now = options.Clock.GetUtcNow();
        var registry = new RegistryLookup(partners, topics, diagnostics, inputs.Contacts.All, inputs.Funders);
        var releases = new List<(Release Release, ContentDocument Document)>();
        var leftOut = new List<(LeftOutRelease Release, string Source)>();

        // Made in parallel, kept in the documents' order: checking every front matter is felt in a large build, and
        // looking up every release's partners and topics again in each save of the preview.
        var made = new Release?[releaseDocuments.Count];
        Parallel.For(0, made.Length, options.Parallelism, i => made[i] = cache.Release(releaseDocuments[i], registry, diagnostics));
        for (var i = 0; i < made.Length; i++)
        {
            var (document, release) = (releaseDocuments[i], made[i]);
            if (release is null)
            {
                continue;
            }

            var leftOutReason = PublicationRules.Check(document.FrontMatter, now, options);
            PlaceholderWarnings.Report(document, leftOutReason, diagnostics);
            if (leftOutReason is { } reason)
            {
                leftOut.Add((new LeftOutRelease(document.DisplayPath, reason, PublicationRules.InstantOf(reason, document.FrontMatter)), document.RelativePath));
                continue;
            }

            // Copied only when the mark changes: most releases are not scheduled, and a copy of each was felt on every preview save.
            var scheduled = PublicationRules.IsScheduled(document.FrontMatter, now);
            releases.Add((release.Scheduled == scheduled ? release : release with { Scheduled = scheduled }, document));
        }

        var pages = pageDocuments.Select(document => (Page: PageFactory.Create(document, diagnostics), Document: document)).Where(p => p.Page is not null).ToList();
        UrlCollisions.Report(releases.Select(r => r.Release), pages.Select(p => p.Page!), diagnostics);

        var urls = new UrlScheme(settings.BaseUrl, UrlScheme.FolderOf(settings.Language, settings.DefaultLanguage));

        // Link targets are paths below the site root, language folder included, so a translation's bundle files are
        // published in its own folder; a file a translation links to that has no translation is the default language's.
        var root = urls.InFolder("");
        var targets = LinkTargets.Build(
            (otherLanguageTargets ?? []).Concat(releases.Select(r => (r.Document.RelativePath, r.Release.Path)).Concat(pages.Select(p => (p.Document.RelativePath, p.Page!.Path)))
                .Select(target => (target.Item1, UrlScheme.PathIn(urls.LanguageFolder, target.Item2)))),
            leftOut.ToDictionary(l => l.Source, l => l.Release.Reason, StringComparer.Ordinal),
            content);
        var resolved = releases.Select(r =>
        {
            // Copied only when something was resolved, so an unchanged release stays the same object between preview rebuilds.
            var release = BodyImages.Publish(r.Release, r.Document.Body.Images, targets);
            release = LeadImage.Resolve(release, r.Document, targets, content, settings.Images, diagnostics);
            release = ShareCard.Add(release, r.Document, settings, urls, diagnostics);
            release = MediaKit.Resolve(release, r.Document, targets, content, urls, settings.Images, diagnostics);
            var (html, leadHtml) = DeferredLinkResolver.Resolve(r.Release.ContentHtml, r.Release.LeadHtml, r.Document.Body.DeferredLinks, targets, root, diagnostics);
            return ReferenceEquals(html, release.ContentHtml) ? release : release with { ContentHtml = html, LeadHtml = leadHtml };
        });
        var resolvedPages = pages.Select(p => p.Page! with
        {
            ContentHtml = DeferredLinkResolver.Resolve(p.Page.ContentHtml, p.Document.Body.DeferredLinks, targets, root, diagnostics),
            Images = BodyImages.Of(p.Document.Body.Images, targets),
        });

        var newestFirst = cache.NewestFirst([.. resolved]);
        return new Site
        {
            Settings = settings,
            Urls = urls,
            Releases = newestFirst,
            Pages = [.. resolvedPages.OrderBy(p => p.Path, StringComparer.Ordinal)],
            Partners = partners,
            Topics = topics,
            Contacts = inputs.Contacts,
            Funders = inputs.Funders,
            Indexes = cache.Indexes(newestFirst, partners, topics, settings.Related),
            LeftOut = [.. leftOut.Select(l => l.Release).OrderBy(l => l.SourcePath, StringComparer.Ordinal)],
            Resources = targets.Resources,
        };
    }

    /// <summary>Newest first; releases of the same instant ordered by path, then language, so builds are reproducible.</summary>
    internal static ImmutableArray<Release> NewestFirst(IEnumerable<Release> releases) =>
        [.. releases.OrderByDescending(r => r.Date.UtcDateTime).ThenBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Language, StringComparer.Ordinal)];

    /// <summary>The summary editors wrote, else the lead paragraph cut at a word boundary.</summary>
    internal static string Summarize(string? summary, string leadText)
    {
        if (!string.IsNullOrWhiteSpace(summary))
        {
            return summary.Trim();
        }

        if (leadText.Length <= SummaryLength)
        {
            return leadText;
        }

        var cut = leadText.LastIndexOf(' ', SummaryLength);
        return leadText[..(cut > 0 ? cut : SummaryLength)].TrimEnd(',', ';', ':', '.', ' ') + "\u2026";
    }
}
