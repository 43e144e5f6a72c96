namespace PortalGen.Model;

/// <summary>A format feeds are written in; a site chooses which with <c>feeds:</c> in site.yml. The order is the order of the links.</summary>
internal enum FeedFormat
{
    Atom,
    Rss,
    Json,
}
