using PortalGen.Model;

namespace PortalGen.Tests.MediaKit;

public sealed class FileSizeTextsTests
{
    [TestCase(999, "en", "999 B")]
    [TestCase(1_000, "en", "1.0 kB")]
    [TestCase(880_400, "en", "880 kB")]
    [TestCase(2_400_000, "en", "2.4 MB")]
    [TestCase(2_400_000, "de", "2,4 MB")]
    [TestCase(999_960, "de", "1,0 MB")]
    [TestCase(24_000_000, "de", "24 MB")]
    [TestCase(3_100_000_000, "ja", "3.1 GB")]
    public void A_size_is_written_in_decimal_units_in_the_page_language(long bytes, string language, string expected) =>
        Assert.That(FileSizeTexts.Of(bytes, language), Is.EqualTo(expected));
}
