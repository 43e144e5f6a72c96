using PortalGen.Diagnostics;
using PortalGen.Parsing;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Tests.Parsing;

/// <summary>
/// The flat front matter reader must give exactly YamlDotNet's nodes (values, styles, order and positions) for what
/// it takes, and leave to YamlDotNet everything it is not sure of.
/// </summary>
public sealed class FlatYamlLoaderTests
{
    private const string Path = "content/news/2020/x.md";

    private static readonly string[] Taken =
    [
        "title: \"How low-power chip for edge AI could change precision agriculture\"\ndate: 2026-10-31T17:23:00+02:00\nauthor: \"Nils Fuchs\"\npartners: [uni-stuttgart, rwth-aachen]\ntopics: [funding]\nsummary: \"In the long term, the partners want: a network.\"\nlocation: \"Stuttgart\"\nslug: how-low-power-chip-for-edge-ai-40",
        "title: Plain words, with a comma and C# and it's\ndate:   2020-12-02   \ndraft: true\nweight: 3\nratio: 1.5\nempty: \"\"\nnone: []\nspaced: [ a ,b,  c/d.e ]\nurl: https://example.org/a?b=c\nunicode: „Grüße“ – ünïcödé\n",
        "_under: x\nnull: null\nyes: yes",
    ];

    private static readonly string[] Left =
    [
        "",
        "title: x\n\ndate: 2020-12-02",
        "# a comment\ntitle: x",
        "title: x # a comment",
        "title: x\ntitle: y",
        "summary: first line\n  continues",
        "title: 'single quoted'",
        "title: \"an \\\"escaped\\\" quote\"",
        "title: \"unclosed",
        "title: a: b",
        "title: ends with a colon:",
        "title:",
        "title: ~",
        "title: - item",
        "title: *alias",
        "title: &anchor x",
        "title: !!str x",
        "title: |",
        "title: >",
        "title: [a, b] trailing",
        "title: [a, [b]]",
        "title: [a, , b]",
        "title: [a b]",
        "title: x [y]",
        "title : x",
        "\"quoted key\": x",
        "list:\n  - a\n  - b",
        "title:\tx",
        "title: x\ty",
        "title: \u2028",
        "- a\n- b",
    ];

    [TestCaseSource(nameof(Taken))]
    public void Simple_front_matter_gives_the_nodes_and_positions_yamldotnet_gives(string text)
    {
        var flat = FlatYamlLoader.TryLoad(text, Path, 1);
        var root = YamlDocumentLoader.Load(text, Path, 1, new DiagnosticBag())!;

        Assert.That(flat, Is.Not.Null, "taken by the flat reader");
        Assert.That(Describe(flat!.Root, new YamlFieldReader(Path, 1, new DiagnosticBag(), flat.Positions)), Is.EqualTo(Describe(root, new YamlFieldReader(Path, 1, new DiagnosticBag()))));
    }

    [TestCaseSource(nameof(Left))]
    public void Front_matter_the_flat_reader_is_not_sure_of_is_left_to_yamldotnet(string text) =>
        Assert.That(FlatYamlLoader.TryLoad(text, Path, 1), Is.Null);

    /// <summary>Every node as a line: its position, kind, style and value, in document order.</summary>
    private static List<string> Describe(YamlNode node, YamlFieldReader fields)
    {
        var lines = new List<string>();
        Walk(node, fields, lines);
        return lines;
    }

    private static void Walk(YamlNode node, YamlFieldReader fields, List<string> lines)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                lines.Add($"{fields.SpanOf(node)} mapping");
                foreach (var (key, value) in mapping.Children)
                {
                    Walk(key, fields, lines);
                    Walk(value, fields, lines);
                }

                break;
            case YamlSequenceNode sequence:
                lines.Add($"{fields.SpanOf(node)} sequence {sequence.Style}");
                foreach (var item in sequence.Children)
                {
                    Walk(item, fields, lines);
                }

                break;
            case YamlScalarNode scalar:
                lines.Add($"{fields.SpanOf(node)} scalar {scalar.Style} [{scalar.Value}] tag [{scalar.Tag}]");
                break;
        }
    }
}
