using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Editing;

/// <summary>
/// Decap CMS's config.yml, made from the site's model: the releases and pages as folder collections, their fields
/// from <see cref="FrontMatterFields"/>, the registries' ids as choices and the registries themselves as files
/// (<see cref="CmsRegistries"/>), the GitHub backend from site.yml.
/// </summary>
internal static class CmsConfig
{
    /// <summary>Where the content folder lies in the repository (and below the folder decap-server runs in).</summary>
    public const string ContentFolder = "content";

    /// <summary>Photos uploaded in the editor: below static/, so they are published at /media/.</summary>
    public const string MediaFolder = ContentFolder + "/static/media";

    public static string Write(Site site, EditorSettings editor)
    {
        var backend = new YamlMappingNode { { "name", "github" }, { "repo", editor.Repository }, { "branch", editor.Branch } };
        if (editor.AuthUrl is { } authUrl)
        {
            backend.Add("base_url", authUrl);
        }

        var root = new YamlMappingNode
        {
            { "backend", backend },
            // Reviewed as a pull request before it is published: the site's CI builds and checks it first.
            { "publish_mode", "editorial_workflow" },
            // Only when the page is opened on localhost: then decap-server, on a clone, is the backend.
            { "local_backend", YamlText.Literal(true) },
            { "site_url", site.Urls.BaseUrl.AbsoluteUri },
            { "media_folder", MediaFolder },
            // Root-relative as content writes it: the build puts the site's base path in front.
            { "public_folder", "/media" },
            // ASCII, so the file name and the URL made from it are the same on every host (the build's rule is wider).
            { "slug", new YamlMappingNode { { "encoding", "ascii" }, { "clean_accents", YamlText.Literal(true) }, { "sanitize_replacement", "-" } } },
        };
        if (site.Settings.IsMultilingual)
        {
            // x.en.md and x.de.md: Decap names the default language's file too, which the build reads as x.md's language.
            root.Add("i18n", new YamlMappingNode
            {
                { "structure", "multiple_files" },
                { "locales", new YamlSequenceNode(site.Settings.Languages.Select(language => new YamlScalarNode(language.Code))) },
                { "default_locale", site.Settings.DefaultLanguage },
            });
        }

        root.Add("collections", new YamlSequenceNode(
            Collection(site, "news", "Press releases", "Press release", UrlScheme.ReleasesSection, FrontMatterFields.Release, "{{year}}/{{slug}}"),
            Collection(site, "pages", "Pages", "Page", "pages", FrontMatterFields.Page, path: null),
            CmsRegistries.Collection(site)));
        return YamlText.Write(root, "Written by PortalGen from site.yml, partners.yml and topics.yml at every build: change those, not this file.");
    }

    private static YamlMappingNode Collection(Site site, string name, string label, string singular, string folder, IEnumerable<FrontMatterField> fields, string? path)
    {
        var collection = new YamlMappingNode
        {
            { "name", name },
            { "label", label },
            { "label_singular", singular },
            { "folder", $"{ContentFolder}/{folder}" },
        };
        if (path is not null)
        {
            collection.Add("path", path);
        }

        collection.Add("extension", "md");
        collection.Add("format", "yaml-frontmatter");
        collection.Add("create", YamlText.Literal(true));
        if (site.Settings.IsMultilingual)
        {
            collection.Add("i18n", YamlText.Literal(true));
        }

        collection.Add("fields", CmsFields.Of(fields, site));
        return collection;
    }
}
