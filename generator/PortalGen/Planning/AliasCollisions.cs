using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>
/// An alias whose redirect page would overwrite a real page, or another alias's: checked against the page plan,
/// which holds every page the build writes, and named with both files, since either may be the mistake.
/// </summary>
internal static class AliasCollisions
{
    private const string Hint = "remove the alias, or give the page another URL";

    public static void Report(Site site, ImmutableArray<PlannedPage> pages, DiagnosticBag diagnostics)
    {
        var aliases = site.Releases.SelectMany(release => release.Aliases.Select(alias => (Alias: alias, Release: release))).ToList();
        if (aliases.Count == 0)
        {
            // Most sites have none: not listing every page's file saves a preview a tenth of its plan.
            return;
        }

        var written = pages
            .GroupBy(page => page.OutputFile, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        foreach (var (alias, release) in aliases)
        {
            if (written.TryGetValue(UrlScheme.OutputFile(alias.Path), out var page))
            {
                var owner = page.Release?.SourcePath ?? page.Page?.SourcePath;
                diagnostics.Error(
                    DiagnosticCodes.DuplicateAlias,
                    alias.Span,
                    $"the alias /{alias.Path} is the URL of {(owner is null ? "a page the generator writes" : owner == release.SourcePath ? "this release itself" : owner)}",
                    Hint);
            }
        }

        foreach (var group in aliases.GroupBy(a => UrlScheme.OutputFile(a.Alias.Path), StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            foreach (var (alias, release) in group)
            {
                var others = string.Join(", ", group.Where(other => other.Alias != alias).Select(other => other.Release.SourcePath).Distinct().Order(StringComparer.Ordinal));
                diagnostics.Error(DiagnosticCodes.DuplicateAlias, alias.Span, $"the alias /{alias.Path} is also an alias in {others}", Hint);
            }
        }
    }
}
