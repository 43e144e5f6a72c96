using System.Collections.Immutable;
using PortalGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// Reads <c>downloads:</c>, a list of entries of <c>file</c>, <c>caption</c>, <c>credit</c> and <c>license</c>;
/// every entry that cannot be read is reported at its line and left out, the others are kept.
/// </summary>
internal static class DownloadsReader
{
    public const string Key = "downloads";

    private static readonly string[] Keys = ["file", "caption", "credit", "license"];

    private const string Example = "write each file as '- file: photo.jpg' with 'caption:', 'credit:' and 'license:' lines below it";

    public static ImmutableArray<DownloadEntry> Read(YamlFieldReader fields, YamlNode node)
    {
        if (YamlFieldReader.IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            fields.Diagnostics.Error(DiagnosticCodes.DownloadMalformed, fields.SpanOf(node), $"'{Key}' must be a list of files, found {YamlFieldReader.Describe(node)}", Example);
            return [];
        }

        var entries = ImmutableArray.CreateBuilder<DownloadEntry>(list.Children.Count);
        foreach (var item in list.Children)
        {
            if (ReadEntry(fields, item) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries.DrainToImmutable();
    }

    private static DownloadEntry? ReadEntry(YamlFieldReader fields, YamlNode item)
    {
        // '- photo.jpg' alone is a file without caption or credit: read it, the missing credit is warned about later.
        if (item is YamlScalarNode)
        {
            return fields.ReadText(item, Key) is { } path ? new DownloadEntry(path, path.Span, null, null, null) : null;
        }

        if (item is not YamlMappingNode mapping)
        {
            fields.Diagnostics.Error(DiagnosticCodes.DownloadMalformed, fields.SpanOf(item), $"an entry of '{Key}' must be a file, found {YamlFieldReader.Describe(item)}", Example);
            return null;
        }

        Field<string>? file = null;
        string? caption = null, credit = null, license = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "file": file = fields.ReadText(value, key); break;
                case "caption": caption = fields.ReadText(value, key)?.Value; break;
                case "credit": credit = fields.ReadText(value, key)?.Value; break;
                case "license": license = fields.ReadText(value, key)?.Value; break;
                default:
                    fields.Diagnostics.Error(
                        DiagnosticCodes.UnknownDownloadKey,
                        fields.SpanOf(keyNode),
                        $"'{key}' is not a field of a download",
                        ClosestMatch.Find(key, Keys) is { } closest ? $"did you mean '{closest}'?" : $"a download has {string.Join(", ", Keys.Select(k => $"'{k}'"))}");
                    break;
            }
        }

        if (file is null)
        {
            fields.Diagnostics.Error(DiagnosticCodes.DownloadMalformed, fields.SpanOf(item), "this download names no 'file'", "add 'file:' with the file's path in the release's bundle, such as 'file: photo.jpg'");
            return null;
        }

        return new DownloadEntry(file.Value, fields.SpanOf(item), caption, credit, license);
    }
}
