using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PortalGen.Rendering;

/// <summary>
/// The one way PortalGen writes JSON (search index, JSON-LD): &lt;, &gt; and &amp; as <c>\u003c</c>, <c>\u003e</c> and
/// <c>\u0026</c>, as Go's encoder writes them, so a text holding "&lt;/script&gt;" or "&lt;!--" can never end or confuse
/// a script element the JSON is printed in (JSON-LD always is; a theme may inline the search index). Other letters
/// (ü, quotes, +) stay as they are, readable and small.
/// </summary>
/// <remarks>
/// The escapes are made in the bytes the writer hands on, which is exact: outside strings JSON has no such
/// characters, and inside strings the escape means the same character.
/// </remarks>
internal static class ScriptSafeJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>A JSON writer into <paramref name="output"/>; what it writes arrives there when it is flushed or disposed.</summary>
    public static Utf8JsonWriter Writer(IBufferWriter<byte> output) => new(new EscapingBufferWriter(output, threadScratch: true), Options);

    /// <summary>
    /// A JSON string, quotes included, as <see cref="Writer"/> writes it, for a writer's WriteRawValue: it has a scratch
    /// buffer of its own, so it may be made while a writer of the same thread is open.
    /// </summary>
    public static byte[] StringValue(string text)
    {
        var bytes = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(new EscapingBufferWriter(bytes, threadScratch: false), Options))
        {
            json.WriteStringValue(text);
        }

        return bytes.WrittenSpan.ToArray();
    }

    /// <summary>Hands the JSON writer a scratch buffer and copies what it wrote on to the output, escaped.</summary>
    /// <param name="threadScratch">Whether the scratch is the thread's, shared by every writer of the thread that is not open at the same time.</param>
    private sealed class EscapingBufferWriter(IBufferWriter<byte> output, bool threadScratch) : IBufferWriter<byte>
    {
        /// <summary>Each thread's scratch, kept between writers: a new one per release page's JSON-LD was garbage at once.</summary>
        [ThreadStatic]
        private static byte[]? scratchOfThisThread;

        private byte[]? scratch;

        public Memory<byte> GetMemory(int sizeHint = 0) => Scratch(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Scratch(sizeHint);

        public void Advance(int count)
        {
            var written = scratch.AsSpan(0, count);
            while (written.Length > 0)
            {
                var next = written.IndexOfAny("<>&"u8);
                var plain = next < 0 ? written : written[..next];
                output.Write(plain);
                if (next < 0)
                {
                    return;
                }

                output.Write(written[next] switch
                {
                    (byte)'<' => "\\u003c"u8,
                    (byte)'>' => "\\u003e"u8,
                    _ => "\\u0026"u8,
                });
                written = written[(next + 1)..];
            }
        }

        private byte[] Scratch(int sizeHint)
        {
            var size = Math.Max(sizeHint, 256);
            scratch ??= threadScratch ? scratchOfThisThread : null;
            if (scratch is null || scratch.Length < size)
            {
                scratch = new byte[Math.Max(size, 4096)];
                if (threadScratch)
                {
                    scratchOfThisThread = scratch;
                }
            }

            return scratch;
        }
    }
}
