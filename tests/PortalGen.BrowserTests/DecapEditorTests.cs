using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using PortalGen.BrowserTests.Support;

namespace PortalGen.BrowserTests;

/// <summary>
/// The generated /admin/ in a real browser against the real Decap CMS (decap-cms 3.16.3) and its local backend
/// (decap-server 3.11.3) on a clone of the sample site: what an editor saves through the form, the build accepts.
/// </summary>
[Category("Browser")]
public sealed class DecapEditorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task A_release_written_in_the_form_passes_check_and_is_listed_on_both_partners_pages()
    {
        BrowserTools.RequireDecap();
        await using var site = await DecapSite.StartAsync();
        var page = await OpenEditorAsync(site);

        await page.GotoAsync("/admin/#/collections/news/new");
        await page.GetByLabel("Title").First.FillAsync("Robots learn to fold laundry");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set date to now" }).First.ClickAsync();
        await page.GetByLabel("Title").Nth(1).FillAsync("Roboter lernen Wäsche falten");
        await ChooseAsync(page, "Partners", "Cyber Valley");
        await ChooseAsync(page, "Partners", "NEC Laboratories Europe");
        await ChooseAsync(page, "Topics", "Robotics");
        await page.Locator("[data-slate-editor]").First.ClickAsync();
        await page.Keyboard.TypeAsync("Two partners taught a robot to fold towels.");
        await page.SetViewportSizeAsync(1280, 900);
        await page.Mouse.WheelAsync(0, -5000);
        await Task.Delay(1000);
        await page.ScreenshotAsync(new() { Path = "/tmp/decap-form.png" });
        await SaveAndPublishAsync(page);

        var saved = Directory.EnumerateFiles(Path.Combine(site.Content, "news"), "robots-learn-to-fold-laundry.*.md", SearchOption.AllDirectories).ToArray();
        Assert.That(saved, Has.Length.EqualTo(2), "the release in English and German (x.en.md, x.de.md)");
        var check = site.Check();
        await site.RebuildAsync();
        Assert.Multiple(() =>
        {
            Assert.That(Path.GetRelativePath(site.Content, saved[0]).Replace('\\', '/'), Does.Match(@"^news/\d{4}/robots-learn-to-fold-laundry\.(de|en)\.md$"));
            Assert.That(check.Diagnostics, Is.Empty, "portalgen check on the saved release");
            Assert.That(ReleaseTitlesOn(site, "partners/cyber-valley/index.html"), Does.Contain("Robots learn to fold laundry"));
            Assert.That(ReleaseTitlesOn(site, "partners/nec-labs-europe/index.html"), Does.Contain("Robots learn to fold laundry"));
        });
    }

    [Test]
    public async Task A_partner_added_in_the_registry_is_offered_in_the_release_form_after_a_rebuild()
    {
        BrowserTools.RequireDecap();
        await using var site = await DecapSite.StartAsync();
        var page = await OpenEditorAsync(site);

        await page.GotoAsync("/admin/#/collections/registries/entries/partners");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add partner" }).ClickAsync();
        // The new partner is the list's last item, opened; its fields are the last of each label.
        await page.GetByLabel("Id", new() { Exact = true }).Last.FillAsync("ellis-stuttgart");
        await page.GetByLabel("Name", new() { Exact = true }).Last.FillAsync("ELLIS Unit Stuttgart");
        await ChooseAsync(page, page.GetByLabel("Kind", new() { Exact = true }).Last, "science");
        await SaveAndPublishAsync(page);
        var check = site.Check();
        await site.RebuildAsync();

        await page.GotoAsync("/admin/");
        await page.GotoAsync("/admin/#/collections/news/new");
        await page.GetByLabel("Partners").First.FillAsync("ELLIS");
        await page.Locator("[class*='option']").First.WaitForAsync();
        var offered = await page.Locator("[class*='option']").AllTextContentsAsync();
        var savedRegistry = File.ReadAllText(Path.Combine(site.Content, "partners.yml"));
        Assert.Multiple(() =>
        {
            Assert.That(check.Diagnostics, Is.Empty, "portalgen check on the saved registry");
            Assert.That(savedRegistry, Does.Contain("ellis-stuttgart"));
            // Decap writes the YAML anew (its own key order, long lines folded): the words survive, not the layout.
            Assert.That(Regex.Replace(savedRegistry, @"\s+", " "), Does.Contain("Heidelberg, is the European research"), "the boilerplates, written per language, are kept");
            Assert.That(offered, Does.Contain("ELLIS Unit Stuttgart"));
        });
    }

    /// <summary>A page on the clone's site whose calls to decap-server's default address go to the test's decap-server.</summary>
    private static async Task<IPage> OpenEditorAsync(DecapSite site)
    {
        var page = await BrowserSite.NewPageAsync(site: site.Address);
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        await page.Context.RouteAsync(DecapSite.DefaultBackend + "**", async route =>
        {
            var response = await route.FetchAsync(new() { Url = site.Backend.ToString() });
            await route.FulfillAsync(new() { Response = response });
        });
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync("/admin/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync();
        return page;
    }

    /// <summary>Types a name into a multiple choice and picks it: options are shown by name, saved by id.</summary>
    private static Task ChooseAsync(IPage page, string field, string name) => ChooseAsync(page, page.GetByLabel(field).First, name);

    private static async Task ChooseAsync(IPage page, ILocator choice, string name)
    {
        await choice.FillAsync(name);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Publishes the entry: on the local backend Decap writes it straight into the clone's working tree.</summary>
    private static async Task SaveAndPublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.GetByText("Publish now").ClickAsync();
        await page.GetByText("UNSAVED CHANGES").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private static string[] ReleaseTitlesOn(DecapSite site, string outputPath)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, outputPath)));
        return [.. document.QuerySelectorAll("main a").Select(link => link.TextContent.Trim())];
    }
}
