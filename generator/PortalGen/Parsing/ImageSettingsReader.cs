using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PortalGen.Diagnostics;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>Reads site.yml's <c>images:</c> block; a wrong value is a diagnostic at its line and keeps the default.</summary>
internal static partial class ImageSettingsReader
{
    private static readonly string[] KnownKeys = ["widths", "quality", "sizes", "crop_width", "thumbnail", "max_pixels", "social_cards", "accent"];

    /// <summary>Narrower than this is no photo worth a variant; wider than this no screen needs.</summary>
    private const int SmallestWidth = 16, LargestWidth = 8192;

    public static ImageSettings Read(YamlFieldReader fields, YamlNode value)
    {
        var settings = new ImageSettings();
        if (fields.AsMapping(value, "images") is not { } mapping)
        {
            return settings;
        }

        foreach (var (keyNode, node) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            settings = key switch
            {
                "widths" => settings with { Widths = ReadWidths(fields, node) ?? settings.Widths },
                "quality" => settings with { Quality = ReadBounded(fields, node, key, 1, 100) ?? settings.Quality },
                "sizes" => settings with { Sizes = fields.ReadText(node, key)?.Value ?? settings.Sizes },
                "crop_width" => settings with { CropWidth = ReadBounded(fields, node, key, SmallestWidth, LargestWidth) ?? settings.CropWidth },
                "thumbnail" => settings with { Thumbnail = ReadSize(fields, node, key) ?? settings.Thumbnail },
                "max_pixels" => settings with { MaxPixels = ReadBounded(fields, node, key, 1, int.MaxValue) ?? settings.MaxPixels },
                "social_cards" => settings with { SocialCards = fields.ReadBool(node, key) ?? settings.SocialCards },
                "accent" => settings with { Accent = ReadColour(fields, node, key) ?? settings.Accent },
                _ => Unknown(fields, keyNode, key, settings),
            };
        }

        return settings;
    }

    private static ImageSettings Unknown(YamlFieldReader fields, YamlNode keyNode, string key, ImageSettings settings)
    {
        fields.UnknownSetting(DiagnosticCodes.InvalidSetting, keyNode, $"images.{key}", key, KnownKeys, "the image settings are");
        return settings;
    }

    private static ImmutableArray<int>? ReadWidths(YamlFieldReader fields, YamlNode node)
    {
        var widths = new SortedSet<int>();
        foreach (var item in fields.ReadTextList(node, "widths"))
        {
            if (!int.TryParse(item.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var width) || width is < SmallestWidth or > LargestWidth)
            {
                fields.Diagnostics.Error(DiagnosticCodes.InvalidSetting, item.Span, $"'{item.Value}' is not an image width", $"write widths in pixels from {SmallestWidth} to {LargestWidth}, such as [480, 960, 1920]");
                return null;
            }

            widths.Add(width);
        }

        return widths.Count == 0 ? null : [.. widths];
    }

    private static int? ReadBounded(YamlFieldReader fields, YamlNode node, string key, int least, int most)
    {
        if (fields.ReadPositiveInt(node, key) is not { } number)
        {
            return null;
        }

        if (number < least || number > most)
        {
            fields.Diagnostics.Error(DiagnosticCodes.InvalidSetting, fields.SpanOf(node), $"'images.{key}' must be from {least} to {most}", $"the default is {Default(key)}");
            return null;
        }

        return number;
    }

    private static ImageSize? ReadSize(YamlFieldReader fields, YamlNode node, string key)
    {
        if (fields.ReadText(node, key) is not { } text)
        {
            return null;
        }

        if (SizePattern().Match(text.Value) is { Success: true } match
            && int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) is >= SmallestWidth and <= LargestWidth and var width
            && int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture) is >= SmallestWidth and <= LargestWidth and var height)
        {
            return new ImageSize(width, height);
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidSetting, text.Span, $"'{text.Value}' is not a size", "write width x height in pixels, such as 640x360");
        return null;
    }

    private static string? ReadColour(YamlFieldReader fields, YamlNode node, string key)
    {
        if (fields.ReadText(node, key) is not { } text)
        {
            return null;
        }

        if (HexColour.IsValid(text.Value))
        {
            return text.Value.ToLowerInvariant();
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidSetting, text.Span, $"'{text.Value}' is not a colour", "write it as #rrggbb, such as #00528a");
        return null;
    }

    private static string Default(string key) => key switch
    {
        "quality" => new ImageSettings().Quality.ToString(CultureInfo.InvariantCulture),
        "crop_width" => new ImageSettings().CropWidth.ToString(CultureInfo.InvariantCulture),
        _ => new ImageSettings().MaxPixels.ToString(CultureInfo.InvariantCulture),
    };

    [GeneratedRegex("^([0-9]{1,5}) *[x×] *([0-9]{1,5})$")]
    private static partial Regex SizePattern();
}
