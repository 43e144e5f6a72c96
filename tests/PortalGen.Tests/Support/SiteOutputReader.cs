using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PortalGen.Tests.Support;

/// <summary>What a test reads of a built site, wherever its files are (a folder, or memory).</summary>
internal abstract class SiteOutputReader
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Every file of the output, by its path below the output root ('/' separated), in ordinal order.</summary>
    public abstract IEnumerable<string> OutputPaths { get; }

    /// <summary>The bytes of one output file, or null when there is none.</summary>
    public abstract byte[]? Bytes(string outputPath);

    public bool Exists(string outputPath) => Bytes(outputPath) is not null;

    public string Read(string outputPath) =>
        Encoding.UTF8.GetString(Bytes(outputPath) ?? throw new FileNotFoundException($"the site has no {outputPath}", outputPath));

    public IDocument Html(string outputPath) => Parser.ParseDocument(Read(outputPath));

    /// <summary>The records of a search index, in its order, detached from the parsed document.</summary>
    public JsonElement[] SearchIndexReleases(string outputPath = "search-index.json")
    {
        using var index = JsonDocument.Parse(Read(outputPath));
        return [.. index.RootElement.GetProperty("releases").EnumerateArray().Select(r => r.Clone())];
    }

    /// <summary>
    /// Hugo's AssertFileContent: each expected line must stand in the file (trimmed, as a part of a line); a line
    /// that starts with "! " must not. All are checked, and every miss is reported at once.
    /// </summary>
    public void AssertFileContent(string outputPath, params string[] expected)
    {
        var text = Read(outputPath);
        Assert.Multiple(() =>
        {
            foreach (var line in expected.Select(line => line.Trim()).Where(line => line.Length > 0))
            {
                if (line.StartsWith("! ", StringComparison.Ordinal))
                {
                    Assert.That(text, Does.Not.Contain(line[2..]), $"{outputPath} must not contain it");
                }
                else
                {
                    Assert.That(text, Does.Contain(line), $"{outputPath} must contain it");
                }
            }
        });
    }
}
