namespace PortalGen.Tests.Support;

/// <summary>Writes a release file in txtar form, so tests say only what matters to them.</summary>
internal static class Release
{
    public static string File(string path, string frontMatter, string body = "Body text.") => $"""
        -- content/news/{path} --
        ---
        {frontMatter}
        ---
        {body}

        """;
}
