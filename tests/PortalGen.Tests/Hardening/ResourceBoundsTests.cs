using System.Text;
using PortalGen.Loading;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// Inputs that would take the build's memory are refused by name before they are read. Nesting, recursion
/// and include bounds are in the bad-input corpus (BadInput/*-too-deep, template-includes-*).
/// </summary>
public sealed class ResourceBoundsTests
{
    [Test]
    public void A_30_MB_release_is_refused_with_its_name_before_it_is_read()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        var paragraph = Encoding.UTF8.GetBytes("A paragraph of a release that someone pasted far too many times.\n\n");
        using (var file = File.Create(Path.Combine(site.Root, "content/news/2020/huge.md")))
        {
            file.Write("---\ntitle: Huge\ndate: 2020-12-02\n---\n"u8);
            for (var written = 0L; written < 30L * 1024 * 1024; written += paragraph.Length)
            {
                file.Write(paragraph);
            }
        }

        var result = site.Build();

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
            {
                "content/news/2020/huge.md: error: the file has 30.0 MiB, more than the 16 MiB a text file of the site may have (is it a data dump or a pasted image? large files belong in static/, which is copied as it is)",
            }));
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
        });
    }

    [Test]
    public void A_file_of_exactly_the_limit_is_read()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        var head = "---\ntitle: Big\ndate: 2020-12-02\n---\n"u8.ToArray();
        var body = Enumerable.Repeat((byte)'x', (int)SiteSourceLoader.MaxTextFileBytes - head.Length);
        site.WriteFile("content/news/2020/big.md", [.. head, .. body]);

        var result = site.Build(options => options with { OutputDirectory = null });

        Assert.That(TestSite.Lines(result), Is.Empty);
    }

    [Test]
    public void Front_matter_and_registries_nested_100000_levels_deep_end_in_a_diagnostic_not_a_stack_overflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        using var site = TestSite.Create(TestSite.OneRelease
            + Release.File("2020/deep.md", $"title: Deep\ndate: 2020-12-02\nnested: {deep}")
            + $"-- content/topics.yml --\n- id: ai\n  name: AI\n  nested: {deep}\n");

        var result = site.Build(options => options with { OutputDirectory = null });

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/deep.md:4:58: error: YAML: lists and mappings are nested more than 50 levels deep here (front matter needs a few levels at most)",
            "content/topics.yml:3:59: error: YAML: lists and mappings are nested more than 50 levels deep here (front matter needs a few levels at most)",
        }));
    }

    [Test]
    public void A_list_nested_10000_levels_deep_on_one_line_ends_in_a_diagnostic()
    {
        using var site = TestSite.Create(TestSite.OneRelease + Release.File("2020/deep.md", "title: Deep\ndate: 2020-12-02", string.Concat(Enumerable.Repeat("- ", 10_000)) + "item"));

        var result = site.Build(options => options with { OutputDirectory = null });

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/deep.md:5:1: error: the body nests quotes, lists or emphasis too deeply to be rendered (a press release needs a few levels at most: look for a long run of '>', '-' or '*')",
        }));
    }
}
