using System.Collections.Immutable;
using System.Text;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>A preview build's robots.txt: nothing may be crawled, so a deploy preview never competes with the real site.</summary>
internal static class PreviewRobotsTxt
{
    public static ImmutableArray<Artifact> Replace(ImmutableArray<Artifact> artifacts) =>
        [.. artifacts.Select(artifact => artifact.OutputFile == UrlScheme.Robots
            ? new Artifact(UrlScheme.Robots, bytes => Encoding.UTF8.GetBytes("User-agent: *\nDisallow: /\n", bytes))
            : artifact)];
}
