using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Checking;

/// <summary>Every file one build produces, and the ids on each page, to resolve links against.</summary>
/// <param name="IdsByPage">The ids of each HTML page, by output file (news/2020/x/index.html).</param>
/// <param name="OtherFiles">Artifacts and static files, by output path.</param>
internal sealed record SiteFiles(IReadOnlyDictionary<string, ImmutableHashSet<string>> IdsByPage, IReadOnlySet<string> OtherFiles)
{
    /// <returns>What is wrong with a link on the page at <paramref name="pagePath"/>, or null when it resolves or leaves the site.</returns>
    public string? ProblemWith(string link, string pagePath, UrlScheme urls)
    {
        if (urls.SiteLinkOf(link, pagePath) is not { } target)
        {
            return null;
        }

        if (target.Path is null)
        {
            return $"it points outside the site's base path {urls.BasePath}";
        }

        var file = UrlScheme.OutputFile(target.Path);
        if (!IdsByPage.TryGetValue(file, out var ids))
        {
            return OtherFiles.Contains(file) || IdsByPage.ContainsKey(UrlScheme.OutputFile(target.Path + "/"))
                ? null
                : "there is no such page or file in this build";
        }

        return target.Fragment is { Length: > 0 } fragment && !ids.Contains(fragment)
            ? $"the page has no element with id '{fragment}'"
            : null;
    }
}
