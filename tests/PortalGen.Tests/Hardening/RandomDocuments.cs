using System.Globalization;
using System.Text;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// Makes random content files from one seeded <see cref="Random"/>: front matter of random YAML structures
/// (bad quotes, deep nesting, huge numbers, anchors, tags), random Markdown constructs, and valid YAML and
/// TOML files with random edits, so every run of one seed makes the same files.
/// </summary>
internal sealed class RandomDocuments(Random random)
{
    private static readonly string[] Keys =
        ["title", "date", "lastmod", "embargo", "expires", "partners", "topics", "summary", "author", "location", "image", "image_alt", "slug", "draft", "aliases", "custom", "params", "<<", "? complex"];

    private static readonly string[] Scalars =
    [
        "", "~", "null", "true", "no", "0", "-1", "1e999999", "99999999999999999999999999999", "0x7FFFFFFF", ".inf", "-.nan",
        "2020-12-02", "2023-02-30", "2020-12-02T25:00:00Z", "9999-12-31T23:59:59+14:00", "0001-01-01", "2020-13-45", "1970-01-01T00:00:00-99:00",
        "nec", "mpi-is", "ai", "\"unclosed", "'unclosed", "\"a \\\" b\"", "'it''s'", "a: b", "- x", "[a, b", "{a: b", "*undefined", "&anchor value",
        "!!binary aGVsbG8=", "!!int forty", "!custom x", "|", ">-", "%YAML 1.2", "@reserved", "`tick", "#comment", "../../etc", "C:\\x", "con",
        "ü\u202Eevil", "\u2028", "\t", "{{ 6 * 7 }}", "<script>alert(1)</script>", "javascript:alert(1)", "/images/x.jpg", "x.jpg",
    ];

    private static readonly string[] MarkdownPieces =
    [
        "# Heading", "###### h6", "####### not", "> quote", "- item", "1. item", "* [ ] task", "```", "```cs", "~~~", "    code", "| a | b |\n|---|---|\n| 1 | 2 |",
        "+---+\n| a |\n+---+", "[^1]", "[^1]: note", "[link](/x/)", "[link](javascript:alert(1))", "![img](x.png)", "<https://example.org>", "<div>", "</div>", "<!--",
        "*emph*", "**strong", "~~del~~", "`code", "\\", "&amp;", "&#0;", "&#xFFFFFFFF;", "---", "***", "^^^", "Term\n: definition", "{#id}", "[ref]: /x", "[ref]",
        "\"quotes\" -- dashes ... <<angles>>", "\u2028", "\t\tindented", "\u0301", "\uFEFF", "\uD800",
    ];

    /// <summary>One content file, as bytes (some are not valid UTF-8 on purpose).</summary>
    public byte[] Next() => random.Next(10) switch
    {
        0 => RandomBytes(),
        < 3 => Mutate(Encoding.UTF8.GetBytes(ValidDocument())),
        3 => Mutate(Encoding.UTF8.GetBytes(ValidTomlDocument())),
        _ => Encoding.UTF8.GetBytes($"---\n{FrontMatter()}---\n{Markdown()}"),
    };

    /// <summary>
    /// A file damaged as an editor's slip would: a few bytes changed, and now and then cut short, anywhere or just
    /// after a '.', '|' or '=' (a member, a pipe or an assignment begun and never finished).
    /// </summary>
    public byte[] Damaged(string text)
    {
        var bytes = Mutate(Encoding.UTF8.GetBytes(text));
        if (random.Next(3) != 0)
        {
            return bytes;
        }

        int[] begun = random.Next(2) == 0 ? [.. Enumerable.Range(0, bytes.Length).Where(i => bytes[i] is (byte)'.' or (byte)'|' or (byte)'=').Select(i => i + 1)] : [];
        return bytes[..(begun.Length > 0 ? begun[random.Next(begun.Length)] : random.Next(bytes.Length + 1))];
    }

    /// <summary>A settings or registry file: mostly as it is, so releases can pass, now and then mutated.</summary>
    public byte[] Registry(string text) => random.Next(8) == 0 ? Mutate(Encoding.UTF8.GetBytes(text)) : Encoding.UTF8.GetBytes(text);

    private string ValidDocument() =>
        $"---\ntitle: Release {random.Next()}\ndate: 2020-12-{random.Next(1, 29):00}\npartners: [nec]\ntopics: [ai]\n---\n{Markdown()}";

    private string ValidTomlDocument() =>
        $"+++\ntitle = \"Release {random.Next()}\"\ndate = 2020-12-{random.Next(1, 29):00}\npartners = [\"nec\"]\n[params]\nx = {{ a = [1, 2] }}\n+++\n{Markdown()}";

    private string FrontMatter()
    {
        var text = new StringBuilder();
        for (var i = random.Next(8); i >= 0; i--)
        {
            text.Append(Pick(Keys)).Append(':').Append(Value(depth: 0)).Append('\n');
        }

        return text.ToString();
    }

    private string Value(int depth) => random.Next(depth > 3 ? 3 : 9) switch
    {
        < 3 => " " + Pick(Scalars),
        3 => " [" + string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(_ => Pick(Scalars))) + "]",
        4 => " {" + string.Join(", ", Enumerable.Range(0, random.Next(3)).Select(_ => Pick(Keys) + ":" + Value(depth + 1))) + "}",
        5 => "\n" + string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => new string(' ', depth * 2 + 2) + "-" + Value(depth + 1) + "\n")).TrimEnd('\n'),
        6 => " " + new string('[', Size()) + new string(']', Size()),
        7 => " " + random.NextInt64().ToString(CultureInfo.InvariantCulture) + new string('9', Size()),
        _ => " " + new string('x', Size()),
    };

    private string Markdown()
    {
        var text = new StringBuilder();
        for (var i = random.Next(12); i >= 0; i--)
        {
            var nesting = random.Next(4) == 0 ? Size() : 0;
            text.Append(new string('>', nesting)).Append(random.Next(3) == 0 ? new string(' ', random.Next(8)) : "").Append(Pick(MarkdownPieces));
            text.Append(random.Next(3) == 0 ? "\n\n" : random.Next(2) == 0 ? "\n" : " ");
        }

        return text.ToString();
    }

    private byte[] Mutate(byte[] bytes)
    {
        var mutated = new List<byte>(bytes);
        for (var i = random.Next(1, 6); i > 0 && mutated.Count > 0; i--)
        {
            var at = random.Next(mutated.Count);
            var interesting = Encoding.UTF8.GetBytes(Pick(["-", ":", "[", "{", "\"", "'", "#", "&", "*", "!", "|", ">", "\t", "\n", "\r", "\0", "\u2028", "ü", "---\n", "\xFF"]));
            switch (random.Next(3))
            {
                case 0:
                    mutated.RemoveAt(at);
                    break;
                case 1:
                    mutated.InsertRange(at, interesting);
                    break;
                default:
                    mutated[at] = (byte)random.Next(256);
                    break;
            }
        }

        return [.. mutated];
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[random.Next(2000)];
        random.NextBytes(bytes);
        return random.Next(2) == 0 ? [.. "---\n"u8, .. bytes] : bytes;
    }

    /// <summary>Mostly small, now and then large: large inputs are slow, and most bugs show in small ones.</summary>
    private int Size() => random.Next(20) == 0 ? random.Next(3000) : random.Next(60);

    private string Pick(string[] choices) => choices[random.Next(choices.Length)];
}
