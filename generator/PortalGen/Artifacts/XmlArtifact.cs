using System.Text;
using System.Xml;

namespace PortalGen.Artifacts;

/// <summary>
/// The one way artifacts write XML: by XmlWriter, never by string concatenation, so every document is
/// well-formed whatever editors type; UTF-8 without BOM, LF line ends, two-space indent, a final newline.
/// </summary>
internal static class XmlArtifact
{
    /// <summary>How lines end in every XML artifact, text included.</summary>
    public const string NewLine = "\n";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = NewLine,
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    public static void Write(Stream output, Action<XmlWriter> writeRoot)
    {
        using (var writer = XmlWriter.Create(output, Settings))
        {
            writer.WriteStartDocument();
            writeRoot(writer);
            writer.WriteEndDocument();
        }

        output.WriteByte((byte)'\n');
    }
}
