using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;

namespace PortalGen.Parsing;

/// <summary>
/// The body <c>portalgen new</c> writes: sentences telling the editor what to write, none of which a release should
/// be published with. The scaffold writes its body from here and the parser looks for these same sentences, so the
/// check cannot drift from what <c>new</c> writes.
/// </summary>
internal static class PlaceholderText
{
    private static readonly ImmutableArray<string> Sentences =
    [
        "The first paragraph is the lead: who, what, when and where, in two or three sentences.",
        "The rest of the release in Markdown.",
    ];

    /// <summary>A new release's body: each placeholder a paragraph.</summary>
    public static string Body { get; } = string.Join("\n\n", Sentences) + "\n";

    /// <summary>Each placeholder the file still holds, anywhere in it: a summary copied from the lead is one too.</summary>
    public static ImmutableArray<Field<string>> Find(SourceFile file) =>
        [.. Sentences.SelectMany(sentence => IndexesOf(file.Text, sentence).Select(index => new Field<string>(sentence, SourceSpan.AtIndex(file.DisplayPath, file.Text, index))))];

    private static IEnumerable<int> IndexesOf(string text, string sentence)
    {
        for (var index = text.IndexOf(sentence, StringComparison.Ordinal); index >= 0; index = text.IndexOf(sentence, index + sentence.Length, StringComparison.Ordinal))
        {
            yield return index;
        }
    }
}
