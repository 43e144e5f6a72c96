using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Validation;

/// <summary>
/// Turns parsed documents and registries into the immutable <see cref="Site"/>: checks what one file
/// cannot check alone (registry ids, unique URLs), applies the publication rules, assigns URLs once.
/// </summary>
public static class SiteBuilder
{
    private const int SummaryLength = 200;

    public static Site Build(
        SiteSettings settings,
        ImmutableArray<Partner> partners,
        ImmutableArray<Topic> topics,
        IReadOnlyList<ContentDocument> releaseDocuments,
        IReadOnlyList<ContentDocument> pageDocuments,
        BuildOptions options,
        DiagnosticBag diagnostics,
        RelatedReleasesMemo? related = null)
    {
        var now = options.Clock.GetUtcNow();
        var registry = new RegistryLookup(partners, topics, diagnostics);
        var releases = new List<Release>();
        var leftOut = new List<LeftOutRelease>();
        foreach (var document in releaseDocuments)
        {
            var release = ReleaseFactory.Create(document, registry, diagnostics);
            if (release is null)
            {
                continue;
            }

            if (PublicationRules.Check(document.FrontMatter, now, options) is { } reason)
            {
                leftOut.Add(new LeftOutRelease(document.File.DisplayPath, reason, PublicationRules.InstantOf(reason, document.FrontMatter)));
                continue;
            }

            releases.Add(release with { Scheduled = PublicationRules.IsScheduled(document.FrontMatter, now) });
        }

        var pages = pageDocuments.Select(document => PageFactory.Create(document, diagnostics)).OfType<PlainPage>().ToList();
        UrlCollisions.Report(releases, pages, diagnostics);

        var newestFirst = NewestFirst(releases);
        return new Site
        {
            Settings = settings,
            Urls = new UrlScheme(settings.BaseUrl, UrlScheme.FolderOf(settings.Language, settings.DefaultLanguage)),
            Releases = newestFirst,
            Pages = [.. pages.OrderBy(p => p.Path, StringComparer.Ordinal)],
            Partners = partners,
            Topics = topics,
            Indexes = SiteIndexes.Build(newestFirst, partners, topics, settings.Related, related),
            LeftOut = [.. leftOut.OrderBy(l => l.SourcePath, StringComparer.Ordinal)],
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
