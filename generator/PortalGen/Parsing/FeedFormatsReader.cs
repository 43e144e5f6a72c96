using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>Reads <c>feeds: [atom, rss, json]</c>: the formats every feed of the site is written in.</summary>
internal static class FeedFormatsReader
{
    /// <returns>The formats named, in the order of <see cref="FeedFormat"/> whatever the order written; null when none is usable.</returns>
    public static ImmutableArray<FeedFormat>? Read(YamlFieldReader fields, YamlNode value)
    {
        var names = FeedFormats.All.Select(format => format.SettingName()).ToArray();
        var chosen = new HashSet<FeedFormat>();
        var items = fields.ReadTextList(value, "feeds");
        foreach (var item in items)
        {
            var name = item.Value.Trim();
            if (FeedFormats.All.Cast<FeedFormat?>().FirstOrDefault(format => string.Equals(format!.Value.SettingName(), name, StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                chosen.Add(known);
                continue;
            }

            fields.Diagnostics.Error(
                DiagnosticCodes.InvalidSetting,
                item.Span,
                $"unknown feed format '{name}'",
                ClosestMatch.Find(name, names) is { } close ? $"did you mean '{close}'? The formats are {string.Join(", ", names)}" : $"the formats are {string.Join(", ", names)}");
        }

        if (chosen.Count == 0 && items.Length == 0)
        {
            // Pages, the footer and the search page link the site's feed, so a site keeps at least one.
            fields.Diagnostics.Error(DiagnosticCodes.InvalidSetting, fields.SpanOf(value), "'feeds' names no format", $"list one or more of {string.Join(", ", names)}, or leave 'feeds' out for all of them");
        }

        return chosen.Count == 0 ? null : [.. FeedFormats.All.Where(chosen.Contains)];
    }
}
