using PortalGen.Tests.Support;

namespace PortalGen.Tests.Boilerplates;

/// <summary>Two partners with boilerplates (NEC's in English and German, MPI-IS's in English only) and one without.</summary>
internal static class BoilerplateSite
{
    public const string Partners = """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        languages:
          en:
          de:
        -- content/partners.yml --
        - id: nec
          name: {en: NEC Laboratories Europe, de: NEC Laboratories Europe GmbH}
          kind: industry
          boilerplate:
            en: "NEC Laboratories Europe is the **European** research arm of NEC. [More](https://www.neclab.eu/)"
            de: "NEC Laboratories Europe ist die **europäische** Forschungsorganisation von NEC."
        - id: mpi-is
          name: Max Planck Institute for Intelligent Systems
          kind: science
          boilerplate: |
            # Research

            The MPI-IS studies how intelligent systems perceive, learn and act.
        - id: uni-tuebingen
          name: University of Tübingen
          kind: science
        -- content/topics.yml --
        - id: ai
          name: Artificial intelligence

        """;

    /// <summary>The site with content/news/2020/x.md (and its German translation) naming the partners in the order given.</summary>
    public static string WithRelease(string partners, string more = "") =>
        Partners
        + Release.File("2020/x.md", $"title: X\ndate: 2020-12-02\npartners: [{partners}]{more}")
        + Release.File("2020/x.de.md", $"title: X auf Deutsch\ndate: 2020-12-02\npartners: [{partners}]{more}");
}
