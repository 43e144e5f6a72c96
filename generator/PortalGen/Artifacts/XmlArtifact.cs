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

    private static readonly XmlWriterSettings TextOnly = FragmentOf(Settings);

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

    /// <summary>
    /// <paramref name="text"/> escaped as an element's text, exactly as WriteString writes it in an artifact, for
    /// WriteRaw: a text written into many artifacts is escaped once.
    /// </summary>
    public static string EscapedText(string text)
    {
        var escaped = new StringBuilder();
        using (var writer = XmlWriter.Create(escaped, TextOnly))
        {
            writer.WriteString(text);
        }

        return escaped.ToString();
    }

    private static XmlWriterSettings FragmentOf(XmlWriterSettings settings)
    {
        var fragment = settings.Clone();
        fragment.ConformanceLevel = ConformanceLevel.Fragment;
        return fragment;
    }
}
