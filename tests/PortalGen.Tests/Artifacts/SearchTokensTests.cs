using PortalGen.Artifacts;

namespace PortalGen.Tests.Artifacts;

/// <summary>
/// The words the search index holds must be the words search.js makes of a query: folded alike (case, marks, ß) and
/// split alike. ASCII is folded in place and other runs decomposed on their own; these cases pin that to the whole
/// text's decomposition, including a mark that follows an ASCII letter.
/// </summary>
public sealed class SearchTokensTests
{
    [TestCase("Tübingen TÜBINGEN Tu\u0308bingen", new[] { "tubingen" })]
    [TestCase("Straße STRASSE Größe \u1E9E", new[] { "strasse", "grosse", "ss" })]
    [TestCase("Café, naïve résumé; São-Paulo", new[] { "cafe", "naive", "resume", "sao", "paulo" })]
    [TestCase("e\u0301 A\u030A \u00C5ngstr\u00F6m", new[] { "e", "a", "angstrom" })]
    [TestCase("NEC 2026: 45 Mio. € für KI", new[] { "nec", "2026", "45", "mio", "fur", "ki" })]
    [TestCase("東京大学とNEC", new[] { "東", "京", "大", "学", "と", "nec" })]
    [TestCase("Ελλάδα Москва", new[] { "ελλαδα", "москва" })]
    [TestCase("한국", new[] { "\u1112\u1161\u11AB\u1100\u116E\u11A8" })] // Hangul decomposes into its letters, as the script's NFD
    [TestCase("𝐀𝐁 𠀋x", new[] { "𝐀𝐁", "𠀋", "x" })] // letters beyond the BMP; mathematical capitals have no lower case
    [TestCase("", new string[0])]
    public void Words_are_folded_and_split_as_the_script_splits_a_query(string text, string[] expected)
    {
        Assert.That(WordsOf(text), Is.EqualTo(expected));
    }

    [Test]
    public void A_word_repeated_in_a_text_is_listed_once_and_a_word_of_another_text_keeps_its_number()
    {
        var words = new SearchWords();
        var first = SearchTokens.DistinctNumbers("Robotics and robotics AND more", words);
        var second = SearchTokens.DistinctNumbers("more robotics", words);

        Assert.Multiple(() =>
        {
            Assert.That(first.Select(number => words[number]), Is.EqualTo(new[] { "robotics", "and", "more" }));
            Assert.That(second, Is.EqualTo(new[] { first[2], first[0] }));
            Assert.That(words.Count, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_long_text_that_folds_longer_than_it_is_keeps_every_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("ßß", 5000)) + " ende";

        Assert.That(WordsOf(text), Is.EqualTo(new[] { "ssss", "ende" }));
    }

    private static string[] WordsOf(string text)
    {
        var words = new SearchWords();
        return [.. SearchTokens.DistinctNumbers(text, words).Select(number => words[number])];
    }
}
