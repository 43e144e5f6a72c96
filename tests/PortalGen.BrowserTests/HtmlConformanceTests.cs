using System.Diagnostics;
using System.Text.Json;
using PortalGen.BrowserTests.Support;

namespace PortalGen.BrowserTests;

/// <summary>The W3C Nu Html Checker (vnu.jar), run once over every HTML file of the built sample site.</summary>
[Category("Browser")]
public sealed class HtmlConformanceTests
{
    [Test]
    public async Task Every_page_passes_the_Nu_Html_Checker()
    {
        BrowserTools.RequireNuChecker();
        var files = BrowserSite.HtmlFiles();
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", BrowserTools.NuChecker, "--format", "json", "--skip-non-html" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var checker = Process.Start(start)!;
        // vnu writes its report to standard error; read both streams at once so neither fills up.
        var report = checker.StandardError.ReadToEndAsync();
        var other = checker.StandardOutput.ReadToEndAsync();
        await checker.WaitForExitAsync();
        var json = await report;
        TestContext.Out.Write(await other);

        using var document = JsonDocument.Parse(json);
        var errors = new List<string>();
        foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.GetProperty("type").GetString();
            var file = message.TryGetProperty("url", out var url) ? Path.GetRelativePath(BrowserSite.Output, LocalPath(url.GetString()!)) : "?";
            var line = message.TryGetProperty("lastLine", out var number) ? number.GetInt32() : 0;
            var text = $"{file}:{line}: {message.GetProperty("message").GetString()}";
            if (type is "error" or "non-document-error")
            {
                errors.Add(text);
            }
            else
            {
                var kind = message.TryGetProperty("subType", out var subType) ? subType.GetString() : type;
                TestContext.Out.WriteLine($"{kind}: {text}");
            }
        }

        TestContext.Out.WriteLine($"checked {files.Count} files");
        Assert.That(files, Is.Not.Empty);
        Assert.That(errors, Is.Empty, () => string.Join("\n", errors));
    }

    /// <summary>vnu names files as <c>file:/tmp/x.html</c>, which <see cref="Uri"/> does not read.</summary>
    private static string LocalPath(string url) =>
        url.StartsWith("file:", StringComparison.Ordinal) ? "/" + Uri.UnescapeDataString(url["file:".Length..]).TrimStart('/') : url;
}
