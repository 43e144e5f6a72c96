using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Editing;

/// <summary>
/// Writes a YAML tree in block style, two spaces per level, keys in the order added: the same tree gives the same
/// bytes. A scalar marked <see cref="ScalarStyle.Plain"/> (true, a number) is written as it is; any other text is
/// written plain only when it cannot be read as anything but that text, else double-quoted and escaped. No
/// reflection: safe under Native AOT, where YamlDotNet's serializer needs a static context.
/// </summary>
internal static partial class YamlText
{
    public static string Write(YamlMappingNode root, string headerComment)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(headerComment).Append('\n');
        WriteMapping(text, root, 0);
        return text.ToString();
    }

    /// <summary>A value written as it is: true, false or a number.</summary>
    public static YamlScalarNode Literal(bool value) => new(value ? "true" : "false") { Style = ScalarStyle.Plain };

    private static void WriteMapping(StringBuilder text, YamlMappingNode mapping, int indent, bool firstLineIndented = true)
    {
        var first = true;
        foreach (var (key, value) in mapping.Children)
        {
            if (!first || firstLineIndented)
            {
                text.Append(' ', indent);
            }

            first = false;
            text.Append(Scalar((YamlScalarNode)key)).Append(':');
            WriteValue(text, value, indent + 2);
        }
    }

    /// <summary>After a key (or a dash): a scalar or an empty collection on the same line, else the block below.</summary>
    private static void WriteValue(StringBuilder text, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlScalarNode scalar:
                text.Append(' ').Append(Scalar(scalar)).Append('\n');
                break;
            case YamlMappingNode { Children.Count: 0 }:
                text.Append(" {}\n");
                break;
            case YamlSequenceNode { Children.Count: 0 }:
                text.Append(" []\n");
                break;
            case YamlMappingNode mapping:
                text.Append('\n');
                WriteMapping(text, mapping, indent);
                break;
            case YamlSequenceNode sequence:
                text.Append('\n');
                foreach (var item in sequence.Children)
                {
                    text.Append(' ', indent).Append('-');
                    if (item is YamlMappingNode { Children.Count: > 0 } entry)
                    {
                        text.Append(' ');
                        WriteMapping(text, entry, indent + 2, firstLineIndented: false);
                    }
                    else
                    {
                        WriteValue(text, item, indent + 2);
                    }
                }

                break;
        }
    }

    private static string Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        return scalar.Style == ScalarStyle.Plain || (SafePlain().IsMatch(value) && !ReadAsOtherThanText().IsMatch(value)) ? value : Quoted(value);
    }

    private static string Quoted(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '\\' => @"\\",
                '"' => "\\\"",
                '\n' => @"\n",
                '\t' => @"\t",
                '\r' => @"\r",
                // Control characters and YAML's own line breaks (NEL, LS, PS) would end or corrupt the line.
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => @"\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Words, paths and ids: nothing YAML gives a meaning (no colon, hash, quote, bracket, leading symbol or space).</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_./-]*$")]
    private static partial Regex SafePlain();

    /// <summary>Words YAML 1.1 reads as a boolean or null.</summary>
    [GeneratedRegex(@"^(?:y|n|yes|no|on|off|true|false|null)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadAsOtherThanText();
}
