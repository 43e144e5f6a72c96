using PortalGen.Tests.Support;

namespace PortalGen.Tests.Content;

/// <summary>
/// Code blocks and tables are wider than a phone's column as often as not: each scrolls in a box of its own, which
/// takes the keyboard's focus so that it can be scrolled without a mouse.
/// </summary>
public sealed class ScrollBoxTests
{
    [TestCase("```\nsudo cp /etc/portalgen/site.yml /var/www/portal/\n```", "pre")]
    [TestCase("    indented code", "pre")]
    [TestCase("| a | b |\n|---|---|\n| 1 | 2 |", "table")]
    [TestCase("+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+", "table")]
    public void A_code_block_or_table_is_in_a_focusable_scroll_box(string block, string element)
    {
        using var site = TestSite.Create(TestSite.Basics + $"""
            -- content/news/2021/x.md --
            ---
            title: X
            date: 2021-06-15
            summary: X.
            ---
            {block}
            """);
        site.BuildOk();

        var found = site.Html("news/2021/x/index.html").QuerySelector(".prose " + element)!;
        Assert.Multiple(() =>
        {
            Assert.That(found.ParentElement!.ClassName, Is.EqualTo("scroll-box"));
            Assert.That(found.ParentElement.GetAttribute("tabindex"), Is.EqualTo("0"));
        });
    }

    [Test]
    public void The_search_index_has_the_code_and_no_markup_of_its_box()
    {
        using var site = TestSite.Create(TestSite.Basics + """
            -- content/news/2021/x.md --
            ---
            title: X
            date: 2021-06-15
            summary: X.
            ---
            ```
            make install
            ```
            """);
        site.BuildOk();

        Assert.That(site.SearchIndexReleases().Single().GetProperty("text").GetString(), Is.EqualTo("make install"));
    }
}
