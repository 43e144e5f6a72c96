namespace PortalGen.Diagnostics;

/// <summary>
/// A place in an input file, 1-based as editors and editors' tools count.
/// Markdig and Scriban count from 0, YamlDotNet from 1: every conversion goes through here.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span for a whole file, when no line is known (unreadable file, missing file).</summary>
    public static SourceSpan WholeFile(string file) => new(file, 0, 0);

    /// <summary>From a 0-based line and column, shifted by the lines that precede the text (front matter).</summary>
    public static SourceSpan FromZeroBased(string file, int line, int column, int lineOffset = 0) =>
        new(file, line + 1 + lineOffset, column + 1);

    /// <summary>From YamlDotNet's 1-based mark, shifted by the lines before the YAML text (the opening fence).</summary>
    public static SourceSpan FromYamlMark(string file, long line, long column, int lineOffset = 0) =>
        new(file, checked((int)line) + lineOffset, checked((int)column));

    /// <summary>The place of a character, by its index in a whole file's text.</summary>
    public static SourceSpan AtIndex(string file, string text, int index)
    {
        var before = text.AsSpan(0, index);
        return FromZeroBased(file, before.Count('\n'), index - (before.LastIndexOf('\n') + 1));
    }

    public bool HasLine => Line > 0;

    public override string ToString() => HasLine ? $"{File}:{Line}:{Column}" : File;
}
