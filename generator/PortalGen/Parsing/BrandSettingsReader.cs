using System.Globalization;
using PortalGen.Diagnostics;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>Reads site.yml's <c>brand:</c> block; a wrong value is a diagnostic at its line and is left out.</summary>
internal static class BrandSettingsReader
{
    private static readonly string[] KnownKeys = ["logo", "accent", "favicon"];

    /// <summary>What a browser shows in an img element and the theme can size by its height; the formats a favicon set is drawn from too.</summary>
    private static readonly string[] LogoExtensions = [".svg", ".png", ".jpg", ".jpeg", ".webp"];

    public static BrandSettings Read(YamlFieldReader fields, YamlNode value)
    {
        var brand = new BrandSettings();
        if (fields.AsMapping(value, "brand") is not { } mapping)
        {
            return brand;
        }

        foreach (var (keyNode, node) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            brand = key switch
            {
                "logo" when ReadLogo(fields, node) is { } logo => brand with { Logo = logo.Value, LogoSpan = logo.Span },
                "accent" => brand with { Accent = ReadAccent(fields, node) ?? brand.Accent },
                "logo" => brand,
                "favicon" when ReadFavicon(fields, node) is { } favicon => brand with { Favicon = favicon.Value, FaviconSpan = favicon.Span },
                "favicon" => brand,
                _ => Unknown(fields, keyNode, key, brand),
            };
        }

        return brand;
    }

    private static BrandSettings Unknown(YamlFieldReader fields, YamlNode keyNode, string key, BrandSettings brand)
    {
        fields.UnknownSetting(DiagnosticCodes.UnknownBrandSetting, keyNode, $"brand.{key}", key, KnownKeys, "the brand settings are");
        return brand;
    }

    private static Field<string>? ReadLogo(YamlFieldReader fields, YamlNode node) =>
        ReadPicture(
            fields,
            node,
            "logo",
            DiagnosticCodes.UnsupportedBrandLogo,
            "a logo the theme can show",
            "use an SVG (best: it stays sharp at every size) or a PNG, JPEG or WebP file in static/, such as /brand/logo.svg");

    private static Field<string>? ReadFavicon(YamlFieldReader fields, YamlNode node) =>
        ReadPicture(
            fields,
            node,
            "favicon",
            DiagnosticCodes.UnsupportedFavicon,
            "a picture the favicon set can be drawn from",
            "use an SVG (best: browsers show it as it is) or a square PNG, JPEG or WebP of at least 512 px in static/, such as /brand/icon.svg");

    /// <summary>A path in static/ to an SVG, PNG, JPEG or WebP: the logo and the favicon's source take the same kinds.</summary>
    private static Field<string>? ReadPicture(YamlFieldReader fields, YamlNode node, string key, string code, string what, string hint)
    {
        if (fields.ReadText(node, key) is not { } picture)
        {
            return null;
        }

        if (!LogoExtensions.Any(extension => picture.Value.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
        {
            fields.Diagnostics.Error(code, picture.Span, $"'{picture.Value}' is not {what}", hint);
            return null;
        }

        return picture;
    }

    private static string? ReadAccent(YamlFieldReader fields, YamlNode node)
    {
        if (fields.ReadText(node, "accent") is not { } text)
        {
            return null;
        }

        if (!HexColour.IsValid(text.Value))
        {
            fields.Diagnostics.Error(DiagnosticCodes.InvalidBrandColour, text.Span, $"'{text.Value}' is not a colour", "write it as #rrggbb, such as #00528a");
            return null;
        }

        var contrast = HexColour.ContrastOnWhite(text.Value);
        if (contrast < HexColour.TextContrast)
        {
            fields.Diagnostics.Warning(
                DiagnosticCodes.AccentTooLight,
                text.Span,
                $"links in '{text.Value}' are hard to read on white (contrast {contrast.ToString("0.0", CultureInfo.InvariantCulture)}:1, at least {HexColour.TextContrast.ToString("0.0", CultureInfo.InvariantCulture)}:1 is needed)",
                "choose a darker shade of the colour");
        }

        return text.Value.ToLowerInvariant();
    }
}
