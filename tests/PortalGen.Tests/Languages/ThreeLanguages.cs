namespace PortalGen.Tests.Languages;

/// <summary>
/// A site in English (the default), German and Japanese: one release in all three, one only in German (its file
/// named after Tübingen), one only in English, one only in Japanese (its file name in katakana), and an About page
/// in English and German.
/// </summary>
internal static class ThreeLanguages
{
    public const string Registries = """
        -- content/partners.yml --
        - id: uni-tuebingen
          name: {en: University of Tübingen, de: Universität Tübingen}
          short: {en: Uni Tübingen}
          kind: science
        - id: nec
          name: NEC Laboratories Europe
          short: NEC Labs
          kind: industry
        -- content/topics.yml --
        - id: ai
          name: {en: Artificial intelligence, de: Künstliche Intelligenz, ja: 人工知能}

        """;

    /// <summary>The German translation's file up to its body, for a test that writes a body of its own; starts with a line break.</summary>
    public const string GermanMou = """

        -- content/news/2020/mou.de.md --
        ---
        title: NEC und Tübingen unterzeichnen Absichtserklärung
        date: 2020-12-02
        partners: [uni-tuebingen, nec]
        topics: [ai]
        ---

        """;

    public const string Releases = """
        -- content/news/2020/mou.md --
        ---
        title: NEC and Tübingen sign MoU
        date: 2020-12-02
        partners: [nec, uni-tuebingen]
        topics: [ai]
        ---
        The English release.
        """ + GermanMou + """
        Die deutsche Meldung.
        -- content/news/2020/mou.ja.md --
        ---
        title: NECとテュービンゲン大学が覚書に署名
        date: 2020-12-02
        partners: [nec, uni-tuebingen]
        topics: [ai]
        ---
        日本語のお知らせ。
        -- content/news/2021/Tübingen-Labor.de.md --
        ---
        title: Neues Labor in Tübingen
        date: 2021-03-01
        partners: [uni-tuebingen]
        ---
        Nur auf Deutsch.
        -- content/news/2022/english-only.md --
        ---
        title: English only
        date: 2022-05-10
        partners: [nec]
        ---
        Only in English.
        -- content/news/2023/データ.ja.md --
        ---
        title: データセットの公開
        date: 2023-01-20
        topics: [ai]
        ---
        日本語だけ。
        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.
        -- content/pages/about.de.md --
        ---
        title: Über uns
        ---
        Über uns.

        """;

    /// <summary>site.yml of a site in the given languages (<c>[en, de]</c>), to follow <see cref="Support.TestSite.Basics"/>.</summary>
    public static string SiteYml(string languages) => $"""
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        languages: {languages}

        """;

    public static string Site(string extraSettings = "") => $"""
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        {extraSettings}
        languages:
          en:
          de:
            title: Testportal
          ja:

        """ + Registries + Releases;
}
