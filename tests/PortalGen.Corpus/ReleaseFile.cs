namespace PortalGen.Corpus;

/// <summary>A release as a Markdown file with YAML front matter, the same text for PortalGen and Hugo.</summary>
internal static class ReleaseFile
{
    private const string PhotoName = "photo.jpg";

    public static string Text(Release release, bool withPhoto) =>
        "---\n"
        + $"title: {Yaml.Quoted(release.Title)}\n"
        + $"date: {release.Date}\n"
        + $"author: {Yaml.Quoted(release.Author)}\n"
        + $"partners: [{string.Join(", ", release.Partners)}]\n"
        + $"topics: [{string.Join(", ", release.Topics)}]\n"
        + $"summary: {Yaml.Quoted(release.Summary)}\n"
        + $"location: {Yaml.Quoted(release.Location)}\n"
        + $"slug: {release.Slug}\n"
        + (withPhoto ? Photo(release) : "")
        + "---\n\n"
        + release.Body;

    /// <summary>Credited, as an editor would, so that PortalGen has nothing to warn about.</summary>
    private static string Photo(Release release) =>
        $"image: {PhotoName}\nimage_alt: {Yaml.Quoted($"Photo for {release.Title}")}\nimage_credit: {Yaml.Quoted(release.Author)}\nimage_license: CC-BY-4.0\n";

    /// <summary>Where the release lives under content/: news/YYYY/slug.md, or news/YYYY/slug/index.md for a bundle with a photo.</summary>
    public static string RelativePath(Release release, bool withPhoto) => Stem(release) + (withPhoto ? "/index.md" : ".md");

    public static string PhotoPath(Release release) => $"{Stem(release)}/{PhotoName}";

    private static string Stem(Release release) => FormattableString.Invariant($"news/{release.Year:D4}/{release.Slug}");
}
