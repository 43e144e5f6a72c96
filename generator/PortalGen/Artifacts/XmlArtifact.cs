using System.Text;
using System.Xml;

namespace PortalGen.Artifacts;

/// <summary>
/// The one way artifacts write XML: by XmlWriter, never by string concatenation, so every document is
/// well-formed whatever editors type; UTF-8 without BOM, LF line ends, two-space indent, a final newline.
/// </summary>
internal static class XmlArtifact
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    public static byte[] Write(Action<XmlWriter> writeRoot)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            writer.WriteStartDocument();
            writeRoot(writer);
            writer.WriteEndDocument();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
