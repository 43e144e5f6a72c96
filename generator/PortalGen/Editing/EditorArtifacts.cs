using System.Text;
using PortalGen.Artifacts;
using PortalGen.Model;
using PortalGen.Planning;

namespace PortalGen.Editing;

/// <summary>
/// The files of the browser editor, for a site that turns it on: /admin/ (page, config.yml, preview.js) and the
/// front matter's JSON Schema, which the editor's rules and editors' own tools share. None for a site without it,
/// so turning the editor on is the only way these paths appear.
/// </summary>
internal static class EditorArtifacts
{
    public static IEnumerable<Artifact> Plan(SiteEditions editions, ThemeAssets assets)
    {
        var site = editions.Default;
        if (site.Settings.Editor is not { } editor)
        {
            return [];
        }

        return
        [
            Text(AdminPage.Folder + "index.html", () => AdminPage.Html(site, editor)),
            Text(AdminPage.Folder + "config.yml", () => CmsConfig.Write(site, editor)),
            Text(AdminPage.Folder + "preview.js", () => AdminPage.PreviewScript(site, assets)),
            new Artifact(FrontMatterSchema.OutputFile, bytes => FrontMatterSchema.Write(site, bytes)),
        ];
    }

    private static Artifact Text(string outputFile, Func<string> write) =>
        new(outputFile, bytes => Encoding.UTF8.GetBytes(write(), bytes));
}
