using System.Text.Json;
using Microsoft.Playwright;
using PortalGen.BrowserTests.Support;

namespace PortalGen.BrowserTests;

/// <summary>
/// axe-core in chromium on one page of each kind the build has, in light and in dark mode:
/// a serious or critical violation fails; the lesser ones are written to the test output.
/// </summary>
[Category("Browser")]
public sealed class AccessibilityTests
{
    private const string RunAxe = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return { passed: result.passes.length, violations: result.violations.flatMap(v => v.nodes.map(n => ({
            rule: v.id,
            impact: n.impact || v.impact || 'unknown',
            help: v.help,
            target: n.target.join(' '),
            summary: (n.failureSummary || '').replace(/\s+/g, ' ').trim(),
          }))) };
        }
        """;

    [TestCase(ColorScheme.Light)]
    [TestCase(ColorScheme.Dark)]
    public async Task Every_kind_of_page_has_no_serious_or_critical_axe_violations(ColorScheme scheme)
    {
        BrowserTools.RequireChromium();
        BrowserTools.RequireAxe();
        var page = await BrowserSite.NewPageAsync(colorScheme: scheme);
        await using var context = page.Context;

        var failures = new List<string>();
        // The German edition too: its longer words and its language switcher must not break the layout's contrast or landmarks.
        IReadOnlyList<(string Kind, string Url)> pages = [.. BrowserSite.OnePagePerKind(), ("release, German", "/de/news/2020/nec-cyber-valley-mou/"), ("home, German", "/de/")];
        foreach (var (kind, url) in pages)
        {
            await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
            // Tab once: the skip link shows, and is checked like the rest of the page.
            await page.Keyboard.PressAsync("Tab");
            await page.AddScriptTagAsync(new() { Path = BrowserTools.AxeScript });
            var result = await page.EvaluateAsync<JsonElement>(RunAxe);
            Assert.That(result.GetProperty("passed").GetInt32(), Is.GreaterThan(10), $"axe ran its rules on {url}");
            foreach (var violation in result.GetProperty("violations").EnumerateArray())
            {
                var impact = violation.GetProperty("impact").GetString();
                var line = $"{url} ({kind}, {scheme.ToString().ToLowerInvariant()}): {violation.GetProperty("rule").GetString()} [{impact}] at {violation.GetProperty("target").GetString()}: {violation.GetProperty("summary").GetString()}";
                if (impact is "serious" or "critical")
                {
                    failures.Add(line);
                }
                else
                {
                    TestContext.Out.WriteLine(line);
                }
            }
        }

        TestContext.Out.WriteLine($"checked {string.Join(", ", pages.Select(p => $"{p.Kind} {p.Url}"))}");
        Assert.That(pages.Select(p => p.Kind), Is.SupersetOf(new[] { "home", "release", "page", "404" }));
        Assert.That(failures, Is.Empty, () => string.Join("\n", failures));
    }
}
