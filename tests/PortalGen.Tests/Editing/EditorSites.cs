namespace PortalGen.Tests.Editing;

/// <summary>The small sites the editor's tests build: English and German, two partners (one named in both), two topics.</summary>
internal static class EditorSites
{
    public const string Settings = """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        timezone: Europe/Berlin
        languages:
          en:
          de:
            title: Testportal
        editor:
          enabled: true
          backend: {repo: consortium/news, branch: main}

        """;

    /// <summary>A site.yml with the editor on, to put after TestSite.Basics (its site.yml replaced).</summary>
    public const string EditorOn = """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        editor:
          enabled: true
          backend: {repo: consortium/news}

        """;

    public const string Bilingual = Settings + """
        -- content/partners.yml --
        - id: nec
          name: NEC Laboratories Europe
          kind: industry
        - id: mpi-is
          name: {en: Max Planck Institute for Intelligent Systems, de: Max-Planck-Institut für Intelligente Systeme}
          short: MPI-IS
          kind: science
        -- content/topics.yml --
        - id: ai
          name: {en: "Artificial intelligence: \"AI\"", de: Künstliche Intelligenz}
        - id: start-ups
          name: Start-ups
        -- content/news/2020/x.md --
        ---
        title: X
        date: 2020-12-02
        partners: [nec]
        ---
        Body.

        """;
}
