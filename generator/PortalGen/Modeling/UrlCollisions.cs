using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Modeling;

/// <summary>Two files that would be written to one URL: both are named, since either may be the mistake.</summary>
internal static class UrlCollisions
{
    public static void Report(IEnumerable<Release> releases, IEnumerable<PlainPage> pages, DiagnosticBag diagnostics)
    {
        var all = releases.Select(r => (r.Path, r.SourcePath)).Concat(pages.Select(p => (p.Path, p.SourcePath))).ToList();

        // Grouped only when some URL is claimed twice: grouping 10,000 unique URLs was felt on every save of the preview.
        var seen = new HashSet<string>(all.Count, StringComparer.Ordinal);
        if (all.TrueForAll(claim => seen.Add(claim.Path)))
        {
            return;
        }

        var claims = all.GroupBy(claim => claim.Path, StringComparer.Ordinal).Where(group => group.Count() > 1);
        foreach (var group in claims)
        {
            var files = group.Select(claim => claim.SourcePath).Order(StringComparer.Ordinal).ToList();
            foreach (var file in files)
            {
                var others = string.Join(", ", files.Where(other => other != file));
                diagnostics.Error(
                    DiagnosticCodes.DuplicateUrl,
                    new SourceSpan(file, 1, 1),
                    $"the URL /{group.Key} is also claimed by {others}",
                    "give one of them another 'slug:'");
            }
        }
    }
}
