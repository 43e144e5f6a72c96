using System.Collections.Immutable;
using PortalGen.Imaging;
using PortalGen.Loading;

namespace PortalGen.Tests.Imaging;

/// <summary>Cards the tests paint: a short English title, German umlauts, a Japanese title and one far too long.</summary>
internal static class SocialCardSamples
{
    /// <summary>250 characters: longer than any card line holds at any size.</summary>
    public const string LongTitle =
        "Consortium partners from research and industry present the results of five years of joint work on learning robots, "
        + "safe autonomous driving, medical imaging and the energy use of large language models at the annual meeting in Tübingen later this week.";

    public static SocialCard English { get; } = Card("Cyber Valley and NEC sign a memorandum of understanding", "en", "2 December 2025", ["Cyber Valley", "NEC Labs Europe"]);

    public static SocialCard German { get; } = Card("Künstliche Intelligenz für Straßenverkehr", "de", "2. Dezember 2025", ["Universität Tübingen", "MPI-IS"]);

    public static SocialCard Japanese { get; } = Card("サイバーバレーとNECが人工知能の共同研究で覚書を締結、「安全な自動運転」の実現へ", "ja", "2025年12月2日", ["サイバーバレー", "NEC"]);

    public static SocialCard Long { get; } = Card(LongTitle, "en", "2 December 2025", ["Cyber Valley", "Max Planck Institute for Intelligent Systems", "University of Stuttgart", "University of Tübingen", "Robert Bosch GmbH", "Mercedes-Benz Group"]);

    public static SocialCard Card(string title, string language = "en", string date = "2 December 2025", ImmutableArray<string> partners = default, string accent = "#00528a") =>
        new("Cyber Valley News", title, date, partners.IsDefault ? [] : partners, accent, language, EmbeddedTheme.CardFonts);
}
