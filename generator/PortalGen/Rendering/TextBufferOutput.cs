using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>
/// The text of the page a template context is rendering, or of an include being captured for the cache, in a
/// char buffer kept from one text to the next. Scriban's own output appended every page to a StringBuilder
/// (chunks of about twice the page's size), which Template.Render then copied into a string, and the string was
/// encoded once more for the file: 70 KB of garbage per page, most of the render stage's allocations at 10,000
/// releases. The buffer grows to the largest text it has held and is then reused, so a text costs no allocation.
/// </summary>
internal sealed class TextBufferOutput : IScriptOutput
{
    /// <summary>Larger than most pages (17 KB of UTF-8 on average) yet below the large object heap's threshold.</summary>
    private const int InitialLength = 32 * 1024;

    private char[] buffer = new char[InitialLength];
    private int length;

    /// <summary>What has been written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<char> Text => buffer.AsSpan(0, length);

    /// <summary>Empties the buffer for the next text, keeping its capacity.</summary>
    public void Clear() => length = 0;

    public void Write(string text, int offset, int count)
    {
        if (buffer.Length - length < count)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + count));
        }

        text.CopyTo(offset, buffer, length, count);
        length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Template.Render returns its output's ToString(); the text is read from <see cref="Text"/> instead, so
    /// that no string of it is made unless one is needed.
    /// </summary>
    public override string ToString() => string.Empty;
}
