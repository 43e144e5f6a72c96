using PortalGen.Loading;
using PortalGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Tests.Languages;

/// <summary>The theme's words come from templates/i18n/LANG.yml; a site changes one without copying the others.</summary>
public sealed class UiTextsTests
{
    [Test]
    public void The_theme_ships_english_german_and_japanese_with_the_same_keys()
    {
        var english = Keys("i18n/en.yml");

        Assert.Multiple(() =>
        {
            Assert.That(EmbeddedTheme.TextFiles.Keys, Is.EqualTo(new[] { "i18n/de.yml", "i18n/en.yml", "i18n/ja.yml" }));
            Assert.That(Keys("i18n/de.yml"), Is.EqualTo(english));
            Assert.That(Keys("i18n/ja.yml"), Is.EqualTo(english));
        });
    }

    [Test]
    public void A_site_changes_one_text_of_a_language_and_keeps_the_others()
    {
        using var site = TestSite.Create(ThreeLanguages.Site() + """
            -- templates/i18n/de.yml --
            nav_news: Nachrichten

            """);
        site.BuildOk();

        Assert.That(site.Html("de/index.html").QuerySelectorAll(".site-nav a").Select(a => a.TextContent).Take(2), Is.EqualTo(new[] { "Nachrichten", "Partner" }));
    }

    [Test]
    public void Changing_a_sites_theme_words_rebuilds_a_site_that_was_up_to_date()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        site.BuildOk();
        site.Add("""
            -- templates/i18n/en.yml --
            nav_news: Newsroom

            """);
        var second = site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(second.UpToDate, Is.False);
            Assert.That(site.Html("index.html").QuerySelector(".site-nav a")!.TextContent, Is.EqualTo("Newsroom"));
        });
    }

    [Test]
    public void A_language_the_theme_has_no_words_for_shows_the_default_languages_with_a_warning()
    {
        using var site = TestSite.Create(TestSite.Basics + ThreeLanguages.SiteYml("[de, fr]"));
        var result = site.Build();

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
            {
                "templates/i18n/fr.yml: warning: the theme has no texts in 'fr'; its pages show the words of 'de' (add templates/i18n/fr.yml with the keys of the theme's en.yml)",
            }));
            Assert.That(site.Html("fr/index.html").QuerySelector("h1")!.TextContent, Is.EqualTo("Aktuelle Meldungen"));
            Assert.That(site.Html("index.html").DocumentElement.GetAttribute("lang"), Is.EqualTo("de"));
        });
    }

    [Test]
    public void A_template_asking_for_a_text_nobody_wrote_is_an_error_with_its_place()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/layouts/404.html --
            <p>{{ t.no_such_text }}</p>

            """);
        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[] { "templates/layouts/404.html:1:9: error: template: Cannot get member with name no_such_text." }));
    }

    private static List<string> Keys(string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(EmbeddedTheme.TextFiles[name].Text));
        return [.. ((YamlMappingNode)yaml.Documents[0].RootNode).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal)];
    }
}
