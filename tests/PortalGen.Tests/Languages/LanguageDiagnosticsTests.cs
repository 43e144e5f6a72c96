using PortalGen.Tests.Support;

namespace PortalGen.Tests.Languages;

/// <summary>Mistakes with languages end in diagnostics that name the place and say what to do.</summary>
public sealed class LanguageDiagnosticsTests
{
    private static readonly string GermanSite = ThreeLanguages.SiteYml("[en, de]");

    private const string Original = """
        -- content/news/2020/x.md --
        ---
        title: X
        date: 2020-12-02
        partners: [mpi-is, nec]
        topics: [ai]
        ---
        Body.

        """;

    [Test]
    public void An_unknown_language_in_site_yml_is_an_error_at_its_place()
    {
        var result = Build(GermanSite.Replace("[en, de]", "[en, xx]", StringComparison.Ordinal));

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/site.yml:3:17: error: unknown language 'xx' (write a BCP 47 language tag such as en, de, ja or pt-BR)",
        }));
    }

    [Test]
    public void A_default_language_that_is_not_listed_is_an_error_naming_the_languages()
    {
        var result = Build(GermanSite + "default_language: fr\n");

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/site.yml:4:19: error: the default language 'fr' is not one of the site's languages (the languages are en, de)",
        }));
    }

    [Test]
    public void A_single_language_beside_the_list_is_a_warning_that_says_which_is_the_default()
    {
        var result = Build(GermanSite + "language: de\n");

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/site.yml:4:1: warning: 'language' is ignored when 'languages' lists the site's languages (the first language listed is the default; 'default_language: de' names another)",
        }));
    }

    [Test]
    public void A_file_in_a_language_the_site_does_not_have_is_an_error_listing_the_languages()
    {
        var result = Build(GermanSite + Release.File("2020/x.fr.md", "title: X\ndate: 2020-12-02"));

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/x.fr.md:1:1: error: the file name says the language 'fr', which is not one of the site's languages (the languages in site.yml are en, de; add 'fr' there or rename the file)",
        }));
    }

    [Test]
    public void A_dot_before_something_that_is_no_language_stays_part_of_the_name()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/report-v1.2.md", "title: X\ndate: 2020-12-02"));
        site.BuildOk();

        Assert.That(site.Exists("news/2020/report-v1-2/index.html"), Is.True);
    }

    [Test]
    public void A_registry_text_in_an_unknown_language_is_an_error()
    {
        var result = Build(GermanSite + """
            -- content/topics.yml --
            - id: ai
              name: {en: Artificial intelligence, fr: Intelligence artificielle}

            """);

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/topics.yml:2:39: error: 'name' has a text in 'fr', which is not one of the site's languages (the languages in site.yml are en, de)",
        }));
    }

    [Test]
    public void A_registry_text_map_without_the_default_language_is_an_error()
    {
        var result = Build(GermanSite + """
            -- content/topics.yml --
            - id: ai
              name: {de: Künstliche Intelligenz}

            """);

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/topics.yml:2:9: error: 'name' has no text in the default language 'en' (other languages fall back to it, so it must be there)",
        }));
    }

    [Test]
    public void A_translation_that_contradicts_its_original_is_a_warning_naming_both_files()
    {
        var result = Build(GermanSite + Original + """
            -- content/news/2020/x.de.md --
            ---
            title: X auf Deutsch
            date: 2020-12-03
            partners: [nec]
            topics: [ai]
            ---
            Text.

            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.Succeeded));
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
            {
                "content/news/2020/x.de.md:3:7: warning: the date 2020-12-03 contradicts 2020-12-02 in the original, content/news/2020/x.md (a translation has the date, partners and topics of its original)",
                "content/news/2020/x.de.md:4:12: warning: the partners [nec] contradict [mpi-is, nec] in the original, content/news/2020/x.md (a translation has the date, partners and topics of its original)",
            }));
        });
    }

    [Test]
    public void A_translation_listing_the_same_partners_in_another_order_agrees_with_its_original()
    {
        var result = Build(GermanSite + Original + Release.File("2020/x.de.md", "title: X auf Deutsch\ndate: 2020-12-02\npartners: [nec, mpi-is]\ntopics: [ai]"));

        Assert.That(TestSite.Lines(result), Is.Empty);
    }

    [Test]
    public void A_page_in_the_folder_of_a_language_is_an_error()
    {
        var result = Build(GermanSite + """
            -- content/pages/de.md --
            ---
            title: Deutsch
            ---
            Text.

            """);

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/pages/de.md:1:1: error: the page would take the URL /de/, where the site's de edition lives (give the page another file name or 'slug:')",
        }));
    }

    private static BuildResult Build(string files)
    {
        using var site = TestSite.Create(TestSite.Basics + files);
        return site.Build();
    }
}
