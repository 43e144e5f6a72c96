using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Modeling;
using PortalGen.Parsing;
using PortalGen.Serving.Caching;

namespace PortalGen.Tests.Serving;

/// <summary>The preview server's releases kept between rebuilds: reused for an unchanged document, never stale.</summary>
public sealed class ReleaseMemoTests
{
    private static readonly SiteSettings Settings = new() { Title = "Test Portal", BaseUrl = new Uri("https://news.example.org/") };

    [Test]
    public void An_unchanged_document_keeps_its_release_with_the_partners_of_the_registry_read_again()
    {
        var memo = new ReleaseMemo();
        var document = Parse("title: X\ndate: 2020-12-02\npartners: [nec]");

        var first = memo.GetOrCreate(document, Registry("NEC Laboratories Europe"), new DiagnosticBag());
        var second = memo.GetOrCreate(document, Registry("NEC Research Europe"), new DiagnosticBag());

        Assert.Multiple(() =>
        {
            Assert.That(second!.ContentHtml, Is.SameAs(first!.ContentHtml));
            Assert.That(first.Partners.Single().Name, Is.EqualTo("NEC Laboratories Europe"));
            Assert.That(second.Partners.Single().Name, Is.EqualTo("NEC Research Europe"));
        });
    }

    [Test]
    public void A_document_parsed_again_makes_its_release_again()
    {
        var memo = new ReleaseMemo();
        memo.GetOrCreate(Parse("title: X\ndate: 2020-12-02"), Registry("NEC"), new DiagnosticBag());

        var saved = memo.GetOrCreate(Parse("title: X edited\ndate: 2020-12-02"), Registry("NEC"), new DiagnosticBag());

        Assert.That(saved!.Title, Is.EqualTo("X edited"));
    }

    [Test]
    public void A_release_with_an_unknown_partner_reports_it_on_every_rebuild()
    {
        const string Printed = "content/news/2020/x.md:4:12: error: unknown partner 'nex' (did you mean 'nec'?)";
        var memo = new ReleaseMemo();
        var document = Parse("title: X\ndate: 2020-12-02\npartners: [nex]");
        memo.GetOrCreate(document, Registry("NEC"), new DiagnosticBag());

        var again = new DiagnosticBag();
        memo.GetOrCreate(document, Registry("NEC", again), again);

        Assert.That(again.ToSortedArray().Select(d => d.ToString()), Is.EqualTo(new[] { Printed }));
    }

    [Test]
    public void An_unchanged_document_under_the_same_registry_entries_keeps_the_very_same_release()
    {
        var memo = new ReleaseMemo();
        var document = Parse("title: X\ndate: 2020-12-02\npartners: [nec]");
        var nec = Partner("nec");

        var first = memo.GetOrCreate(document, Registry([nec]), new DiagnosticBag());
        var second = memo.GetOrCreate(document, Registry([nec]), new DiagnosticBag());

        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void A_partner_gone_from_the_registry_is_reported_on_every_rebuild_until_it_is_back()
    {
        const string Printed = "content/news/2020/x.md:4:17: error: unknown partner 'mpi-is' (the ids are listed in partners.yml)";
        var memo = new ReleaseMemo();
        var document = Parse("title: X\ndate: 2020-12-02\npartners: [nec, mpi-is]");
        var nec = Partner("nec");
        memo.GetOrCreate(document, Registry([nec, Partner("mpi-is")]), new DiagnosticBag());
        memo.GetOrCreate(document, Registry([nec]), new DiagnosticBag());

        var again = new DiagnosticBag();
        var release = memo.GetOrCreate(document, Registry([nec], again), again);

        Assert.Multiple(() =>
        {
            Assert.That(again.ToSortedArray().Select(d => d.ToString()), Is.EqualTo(new[] { Printed }));
            Assert.That(release!.Partners.Select(p => p.Id), Is.EqualTo(new[] { "nec" }));
        });
    }

    private static ContentDocument Parse(string frontMatter)
    {
        var file = new SourceFile("news/2020/x.md", "content/news/2020/x.md", $"---\n{frontMatter}\n---\nBody.\n");
        return ContentDocumentParser.Parse(file, Settings, new ContentIndex([file.RelativePath], [], []), new DiagnosticBag())!;
    }

    private static RegistryLookup Registry(string necName, DiagnosticBag? diagnostics = null)
    {
        var span = new SourceSpan("content/partners.yml", 1, 1);
        return new RegistryLookup([new Partner("nec", necName, "NEC", PartnerKind.Industry, null, null, null, null, span)], ImmutableArray<Topic>.Empty, diagnostics ?? new DiagnosticBag());
    }

    private static Partner Partner(string id) =>
        new(id, id.ToUpperInvariant(), id, PartnerKind.Industry, null, null, null, null, new SourceSpan("content/partners.yml", 1, 1));

    private static RegistryLookup Registry(ImmutableArray<Partner> partners, DiagnosticBag? diagnostics = null) =>
        new(partners, ImmutableArray<Topic>.Empty, diagnostics ?? new DiagnosticBag());
}
