using System.Collections.Immutable;
using PortalGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// Maps a front matter block, YAML or TOML, onto <see cref="FrontMatter"/>, reporting every wrong field in one pass.
/// Both languages arrive as one positioned node tree, so each field is read, typed and reported once.
/// </summary>
public static class FrontMatterReader
{
    public static FrontMatter? Read(SplitDocument document, string displayPath, TimeZoneInfo siteZone, DiagnosticBag diagnostics)
    {
        var tree = document.Format == FrontMatterFormat.Toml
            ? TomlDocumentLoader.Load(document.FrontMatter, displayPath, document.FrontMatterLineOffset, diagnostics)
            : YamlDocumentLoader.Load(document.FrontMatter, displayPath, document.FrontMatterLineOffset, diagnostics) is { } root ? new PositionedYaml(root) : null;
        if (tree is null)
        {
            return null;
        }

        var fields = new YamlFieldReader(displayPath, document.FrontMatterLineOffset, diagnostics, tree.Positions);
        var mapping = fields.AsMapping(tree.Root, "front matter");
        if (mapping is null)
        {
            return null;
        }

        var frontMatter = new FrontMatter { Start = new SourceSpan(displayPath, 1, 1) };
        var parameters = frontMatter.Params.ToBuilder();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            frontMatter = key switch
            {
                "title" => frontMatter with { Title = fields.ReadText(value, key) },
                "date" => frontMatter with { Date = ReadDate(fields, value, key, siteZone) },
                "lastmod" => frontMatter with { LastModified = ReadDate(fields, value, key, siteZone) },
                "author" => frontMatter with { Author = fields.ReadText(value, key)?.Value },
                "partners" => frontMatter with { Partners = fields.ReadTextList(value, key) },
                "topics" => frontMatter with { Topics = fields.ReadTextList(value, key) },
                "summary" => frontMatter with { Summary = fields.ReadText(value, key)?.Value },
                "location" => frontMatter with { Location = fields.ReadText(value, key)?.Value },
                "image" => frontMatter with { Image = fields.ReadText(value, key) },
                "image_alt" => frontMatter with { ImageAlt = fields.ReadText(value, key)?.Value },
                "slug" => frontMatter with { Slug = fields.ReadText(value, key) },
                "draft" => frontMatter with { Draft = fields.ReadBool(value, key) ?? false },
                "embargo" => frontMatter with { Embargo = ReadDate(fields, value, key, siteZone) },
                "expires" => frontMatter with { Expires = ReadDate(fields, value, key, siteZone) },
                "aliases" => frontMatter with { Aliases = fields.ReadTextList(value, key) },
                "menu" => frontMatter with { Menu = fields.ReadText(value, key) },
                _ => frontMatter,
            };
            if (!IsKnownKey(key))
            {
                parameters[key] = fields.ReadPlainValue(value, key);
            }
        }

        var keys = mapping.Children
            .Where(entry => !YamlFieldReader.IsNull(entry.Value))
            .Select(entry => (entry.Key as YamlScalarNode)?.Value ?? "")
            .ToImmutableHashSet(StringComparer.Ordinal);
        return frontMatter with { Params = parameters.ToImmutable(), Keys = keys };
    }

    private static bool IsKnownKey(string key) => key is
        "title" or "date" or "lastmod" or "author" or "partners" or "topics" or "summary" or "location" or
        "image" or "image_alt" or "slug" or "draft" or "embargo" or "expires" or "aliases" or "menu";

    private static Field<PublishDate>? ReadDate(YamlFieldReader fields, YamlNode value, string key, TimeZoneInfo siteZone)
    {
        if (fields.ReadText(value, key) is not { } text)
        {
            return null;
        }

        if (PublishDateParser.Parse(text.Value, siteZone) is { } date)
        {
            return new Field<PublishDate>(date, text.Span);
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidDate, text.Span, $"'{key}' is not a valid date: '{text.Value}'", PublishDateParser.Hint);
        return null;
    }
}
