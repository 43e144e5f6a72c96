namespace PortalGen.Tests.Support;

/// <summary>Writes a release file in txtar form, so tests say only what matters to them.</summary>
internal static class Release
{
    /// <remarks>Starts with a line break, so it can follow a txtar text that does not end with one.</remarks>
    public static string File(string path, string frontMatter, string body = "Body text.") => $"""

        -- content/news/{path} --
        ---
        {frontMatter}
        ---
        {body}

        """;

    /// <summary>
    /// A release that says only what the indexes look at: its slug is also its title, so a test reads the
    /// order of cards as a list of slugs. <paramref name="date"/> starts with the year (2020-12-02...).
    /// </summary>
    public static string Listed(string slug, string date, string partners = "", string topics = "") =>
        File($"{date[..4]}/{slug}.md", $"title: {slug}\ndate: {date}\npartners: [{partners}]\ntopics: [{topics}]");
}
