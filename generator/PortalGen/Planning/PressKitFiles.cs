using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>The press kit of every release with downloads, in each language it is written in: each has its own captions and credits.</summary>
internal static class PressKitFiles
{
    public static IEnumerable<StaticFile> Of(SiteEditions editions) =>
        editions.All.SelectMany(site => site.Releases.Where(site.IsOwn)).Select(release => release.PressKit?.File).OfType<StaticFile>();
}
