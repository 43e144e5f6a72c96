using PortalGen.Model;

namespace PortalGen.Tests.Imaging;

/// <summary>A licence as an editor writes it becomes a link readers can follow and a name as Creative Commons asks it written.</summary>
public sealed class LicenseLinksTests
{
    [TestCase("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0")]
    [TestCase("cc-by-sa-4.0", "https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0")]
    [TestCase("CC-BY-NC-ND-4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/", "CC BY-NC-ND 4.0")]
    [TestCase("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0")]
    [TestCase("https://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0")]
    [TestCase("MIT", "https://spdx.org/licenses/MIT.html", "MIT")]
    [TestCase("https://example.org/photo-terms", "https://example.org/photo-terms", "https://example.org/photo-terms")]
    public void Licence_has_a_link_and_a_name(string written, string url, string label) =>
        Assert.That((LicenseLinks.Url(written), LicenseLinks.Label(written)), Is.EqualTo((url, label)));
}
