using PortalGen.Settings;
using SkiaSharp;

namespace PortalGen.BrowserTests.Support;

/// <summary>
/// A site written to break layouts, built with the repository's templates: words and URLs longer than a phone is
/// wide in titles, summaries and bodies, code with 300-character lines, a 30-column table, a 6000 px wide photo,
/// a release with 40 partners and 30 topics, 250-character titles, German compounds and a Japanese edition.
/// </summary>
internal static class HostileSite
{
    private const string Fingerprint = "3A4F9C0B7D1E2F6A8B9C0D1E2F3A4B5C6D7E8F90";
    private const string Compound = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen";
    private const string JapaneseSentence = "サイバーバレーの研究者たちは、人工知能と機械学習の基礎研究を続けています。";

    private static readonly string LongUrl = "https://downloads.cyber-valley.example/press/2024/" + string.Concat(Enumerable.Repeat("very-long-path-segment-", 12)) + "report.pdf";

    /// <summary>Writes the site's content into <paramref name="root"/>/content, builds it into <paramref name="root"/>/public, and returns that folder.</summary>
    public static string Build(string root)
    {
        var content = Path.Combine(root, "content");
        foreach (var (path, text) in Files())
        {
            var file = Path.Combine(content, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        WriteWidePhoto(Path.Combine(content, "news", "2024", "wide-photo", "panorama.png"));
        var output = Path.Combine(root, "public");
        var result = PortalGen.Build.Run(new BuildOptions
        {
            ContentDirectory = content,
            TemplatesDirectory = Path.Combine(RepositoryRoot.Path, "templates"),
            OutputDirectory = output,
            DisplayRoot = root,
            Clock = new FixedClock(BrowserSite.Now),
        });
        Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", result.Diagnostics));
        return output;
    }

    private static IEnumerable<(string Path, string Text)> Files()
    {
        yield return ("site.yml", $"""
            title: Cyber Valley {Compound} News
            description: "Releases written to break layouts: {Fingerprint}."
            base_url: https://hostile.example/
            languages:
              en:
              ja:
                title: サイバーバレー・ニュース{Compound}
            paging: 10
            related: 4
            """);
        yield return ("partners.yml", string.Concat(Enumerable.Range(1, 40).Select(i => $"""
            - id: partner-{i:00}
              name: {Compound}forschungsinstitut Nummer {i}
              kind: {(i % 4) switch { 0 => "science", 1 => "industry", 2 => "foundation", _ => "public" }}
              description: "Partner {i}, at {LongUrl}"

            """)));
        yield return ("topics.yml", string.Concat(Enumerable.Range(1, 30).Select(i => $"""
            - id: topic-{i:00}
              name: Rechtsschutzversicherungsgesellschaftenforschungsthema {i}
              description: "Topic {i}: {Fingerprint}"

            """)));

        var everyPartner = string.Join(", ", Enumerable.Range(1, 40).Select(i => $"partner-{i:00}"));
        var everyTopic = string.Join(", ", Enumerable.Range(1, 30).Select(i => $"topic-{i:00}"));
        var longTitle = $"{Compound} and the {Fingerprint} " + string.Concat(Enumerable.Repeat("in a title that goes on ", 10));
        yield return ("news/2024/everything.md", Release(longTitle[..250], "2024-05-01", $"""
            partners: [{everyPartner}]
            topics: [{everyTopic}]
            summary: "Verify the key {Fingerprint} before you download {LongUrl}"
            """, $"""
            The {Compound} met {LongUrl} and {Fingerprint}.

            ## {Compound}
            ### {Compound}
            #### {Compound}
            ##### {Compound}
            ###### {Compound}

            `{Fingerprint}{Fingerprint}{Fingerprint}` in inline code.

            > A quote with {LongUrl}

            - A list item with {Compound}{Compound}
            """));
        yield return ("news/2024/code.md", Release("Code with 300-character lines", "2024-04-01", "partners: [partner-01]", $"""
            A path to copy:

            ```
            {string.Concat(Enumerable.Repeat("/var/lib/portalgen/", 16))}site.yml
            ```

                {new string('x', 300)}
            """));
        yield return ("news/2024/table.md", Release("A table of 30 columns", "2024-03-01", "topics: [topic-01]", $"""
            The numbers:

            | {string.Join(" | ", Enumerable.Range(1, 30).Select(i => $"Column {i}"))} |
            |{string.Concat(Enumerable.Repeat("---|", 30))}
            | {string.Join(" | ", Enumerable.Range(1, 30).Select(i => i == 1 ? LongUrl : Fingerprint))} |
            """));
        yield return ("news/2024/wide-photo/index.md", Release("A photo 6000 pixels wide", "2024-02-01", "image: panorama.png\nimage_alt: A wide test pattern", """
            The panorama in the body:

            ![The same wide test pattern](panorama.png)
            """));
        yield return ("news/2024/bare-url.md", Release("A bare long URL and no summary", "2024-01-01", "", $"""
            The report is at {LongUrl} and its key is {Fingerprint}.

            See also {LongUrl}
            """));
        yield return ("news/2024/everything.ja.md", Release(string.Concat(Enumerable.Repeat(JapaneseSentence, 4)), "2024-05-01", $"partners: [{everyPartner}]\ntopics: [{everyTopic}]", string.Concat(Enumerable.Repeat(JapaneseSentence, 30)) + $"\n\n{Compound} {LongUrl}\n"));
        yield return ("pages/about.md", $"""
            ---
            title: About {Compound}
            ---
            {Compound}{Compound} at {LongUrl}.
            """);
        for (var i = 1; i <= 12; i++)
        {
            yield return ($"news/2023/filler-{i:00}.md", Release($"{Compound} filler {i}", $"2023-{i:00}-10", $"partners: [partner-{i:00}]\ntopics: [topic-{i:00}]", $"{Fingerprint} {i}."));
        }
    }

    private static string Release(string title, string date, string frontMatter, string body) => $"""
        ---
        title: "{title}"
        date: {date}
        {frontMatter}
        ---
        {body}

        """;

    /// <summary>A 6000×400 PNG of stripes: wider than any screen, and a pattern that shows where it is cut.</summary>
    private static void WriteWidePhoto(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var bitmap = new SKBitmap(6000, 400);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint();
            for (var x = 0; x < 6000; x += 200)
            {
                paint.Color = x / 200 % 2 == 0 ? new SKColor(0, 82, 138) : new SKColor(240, 180, 40);
                canvas.DrawRect(x, 0, 200, 400, paint);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
