using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>
/// The text of the page a template context is rendering, in a char buffer that the context keeps from page to
/// page. Scriban's own output appended every page to a StringBuilder (chunks of about twice the page's size),
/// which Template.Render then copied into a string, and the string was encoded once more for the file: 70 KB
/// of garbage per page, most of the render stage's allocations at 10,000 releases. The buffer grows to the
/// largest page its context has rendered and is then reused, so a page costs no allocation here.
/// </summary>
internal sealed class PageTextOutput : IScriptOutput
{
    /// <summary>Larger than most pages (17 KB of UTF-8 on average) yet below the large object heap's threshold.</summary>
    private const int InitialLength = 32 * 1024;

    private char[] buffer = new char[InitialLength];
    private int length;

    /// <summary>What the current page has written so far.</summary>
    public ReadOnlySpan<char> Text => buffer.AsSpan(0, length);

    /// <summary>Empties the buffer for the next page, keeping its capacity.</summary>
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
    /// Template.Render returns its output's ToString(); the page is read from <see cref="Text"/> instead, so
    /// that no string of it is made unless one is needed.
    /// </summary>
    public override string ToString() => string.Empty;
}
