using System.Runtime.CompilerServices;
using System.Text;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// The bad-input corpus: each file in BadInput/ is a whole small site in txtar form (<c>\xNN</c> writes a raw
/// byte) whose <c>-- expected --</c> section holds the diagnostics exactly as printed, one per line; an empty
/// section means the site must build clean. PORTALGEN_UPDATE_EXPECTED=1 rewrites the sections from what the build prints.
/// </summary>
public sealed class BadInputCorpusTests
{
    private const string ExpectedSection = "expected";

    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "Hardening", "BadInput");

    private static IEnumerable<TestCaseData> Cases() =>
        Directory.EnumerateFiles(CorpusFolder, "*.txtar")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(path)).SetName(Path.GetFileNameWithoutExtension(path)));

    [TestCaseSource(nameof(Cases))]
    public void Bad_input_ends_in_the_expected_diagnostics(string caseFile)
    {
        var files = Txtar.Parse(File.ReadAllText(Path.Combine(CorpusFolder, caseFile))).ToList();
        var expected = files.Where(f => f.Path == ExpectedSection).Select(f => f.Text).SingleOrDefault()
            ?? throw new InvalidOperationException($"{caseFile} has no '-- {ExpectedSection} --' section");
        using var site = TestSite.Create("");
        foreach (var (path, text) in files.Where(f => f.Path != ExpectedSection))
        {
            site.WriteFile(path, EscapedBytes.Decode(text));
        }

        var result = site.Build(options => options with { OutputDirectory = null });
        var printed = string.Concat(TestSite.Lines(result).Select(line => line + "\n"));
        if (Environment.GetEnvironmentVariable("PORTALGEN_UPDATE_EXPECTED") == "1")
        {
            RewriteExpected(caseFile, printed);
        }

        Assert.Multiple(() =>
        {
            Assert.That(printed, Is.EqualTo(expected.Trim('\n').Length == 0 ? "" : expected));
            Assert.That(result.Outcome, Is.EqualTo(printed.Contains(": error: ", StringComparison.Ordinal) ? BuildOutcome.ContentErrors : BuildOutcome.Succeeded));
        });
    }

    private static void RewriteExpected(string caseFile, string printed, [CallerFilePath] string thisFile = "")
    {
        var source = Path.Combine(Path.GetDirectoryName(thisFile)!, "BadInput", caseFile);
        var text = File.ReadAllText(source);
        var marker = $"-- {ExpectedSection} --\n";
        var start = text.IndexOf(marker, StringComparison.Ordinal);
        var end = text.IndexOf("\n-- ", start + marker.Length, StringComparison.Ordinal);
        var rest = end < 0 ? "" : text[(end + 1)..];
        File.WriteAllText(source, text[..(start + marker.Length)] + printed + rest, new UTF8Encoding(false));
    }
}
