using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>What a feed format is called in site.yml, the file it is written to and the media type it is served and linked as.</summary>
internal static class FeedFormats
{
    /// <summary>Every format, in the order the links name them: a site without <c>feeds:</c> writes all of them.</summary>
    public static ImmutableArray<FeedFormat> All { get; } = [FeedFormat.Atom, FeedFormat.Rss, FeedFormat.Json];

    // Atom keeps feed.xml, the name subscribers already point at.
    private static readonly Names Atom = new("atom", "feed.xml", "application/atom+xml", "Atom");
    private static readonly Names Rss = new("rss", "rss.xml", "application/rss+xml", "RSS");
    private static readonly Names Json = new("json", "feed.json", "application/feed+json", "JSON Feed");

    /// <summary>The name site.yml lists it by.</summary>
    public static string SettingName(this FeedFormat format) => NamesOf(format).Setting;

    /// <summary>The file beside its list page: feed.xml, rss.xml, feed.json.</summary>
    public static string FileName(this FeedFormat format) => NamesOf(format).File;

    public static string MediaType(this FeedFormat format) => NamesOf(format).MediaType;

    /// <summary>As a reader's feed picker shows it beside the feed's title.</summary>
    public static string DisplayName(this FeedFormat format) => NamesOf(format).Display;

    private static Names NamesOf(FeedFormat format) => format switch
    {
        FeedFormat.Atom => Atom,
        FeedFormat.Rss => Rss,
        _ => Json,
    };

    private sealed record Names(string Setting, string File, string MediaType, string Display);
}
