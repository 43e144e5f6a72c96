using PortalGen.Imaging;

namespace PortalGen.Tests.Imaging;

/// <summary>How the social card breaks its lines, measured here as ten pixels a character so the breaks are plain to read.</summary>
public sealed class CardLinesTests
{
    private static float TenPerCharacter(string text) => text.Length * 10;

    [Test]
    public void Latin_text_breaks_at_spaces_and_drops_them_at_line_ends()
    {
        var (lines, cut) = CardLines.Wrap("Künstliche Intelligenz für Straßenverkehr", TenPerCharacter, 250, 3);

        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(new[] { "Künstliche Intelligenz", "für Straßenverkehr" }));
            Assert.That(cut, Is.False);
        });
    }

    [Test]
    public void A_word_wider_than_a_line_is_broken_inside_it()
    {
        var (lines, _) = CardLines.Wrap("Donaudampfschifffahrtsgesellschaft tagt", TenPerCharacter, 100, 5);

        Assert.That(lines, Is.EqualTo(new[] { "Donaudampf", "schifffahr", "tsgesellsc", "haft tagt" }));
    }

    [Test]
    public void Japanese_text_breaks_between_any_characters_but_no_line_starts_with_closing_punctuation()
    {
        // Four characters a line: 「安全な自動運転」の実現へ、次の一歩。
        var (lines, _) = CardLines.Wrap("「安全な自動運転」の実現へ、次の一歩。", TenPerCharacter, 40, 10);

        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(lines), Is.EqualTo("「安全な自動運転」の実現へ、次の一歩。"));
            Assert.That(lines.Select(line => line[0]), Has.None.AnyOf('、', '。', '」'), string.Join(" | ", lines));
            Assert.That(lines.Select(line => line[^1]), Has.None.EqualTo('「'), string.Join(" | ", lines));
            Assert.That(lines.Select(line => line.Length), Is.All.LessThanOrEqualTo(4));
        });
    }

    [Test]
    public void An_opening_bracket_goes_to_the_next_line_with_what_it_opens()
    {
        var (lines, _) = CardLines.Wrap("研究所「未来」", TenPerCharacter, 40, 3);

        Assert.That(lines, Is.EqualTo(new[] { "研究所", "「未来」" }));
    }

    [Test]
    public void Text_past_the_last_line_ends_it_with_an_ellipsis_after_a_whole_word()
    {
        var (lines, cut) = CardLines.Wrap("one two three four five six seven", TenPerCharacter, 100, 2);

        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(new[] { "one two", "three…" }));
            Assert.That(cut, Is.True);
        });
    }

    [Test]
    public void An_ellipsis_never_follows_a_comma()
    {
        var (lines, _) = CardLines.Wrap("Robots, drones, cars", TenPerCharacter, 90, 1);

        Assert.That(lines, Is.EqualTo(new[] { "Robots…" }));
    }
}
