using PortalGen.Diagnostics;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>Reads site.yml's <c>deploy:</c> block; a wrong value is a diagnostic at its line and leaves the default.</summary>
internal static class DeploySettingsReader
{
    private static readonly string[] KnownKeys = ["headers", "minify_html"];

    public static DeploySettings Read(YamlFieldReader fields, YamlNode value)
    {
        var settings = new DeploySettings();
        if (value is not YamlMappingNode mapping)
        {
            fields.Diagnostics.Error(DiagnosticCodes.DeploySettingInvalid, fields.SpanOf(value), $"'deploy' must be a set of 'key: value' lines, found {YamlFieldReader.Describe(value)}", "write 'deploy:' and below it, indented, 'headers: true' or 'minify_html: true'");
            return settings;
        }

        foreach (var (entryKey, node) in mapping.Children)
        {
            var key = (entryKey as YamlScalarNode)?.Value ?? "";
            settings = key switch
            {
                "headers" => settings with { Headers = fields.ReadBool(node, "deploy.headers") ?? settings.Headers },
                "minify_html" => settings with { MinifyHtml = fields.ReadBool(node, "deploy.minify_html") ?? settings.MinifyHtml },
                _ => Unknown(fields, entryKey, key, settings),
            };
        }

        return settings;
    }

    private static DeploySettings Unknown(YamlFieldReader fields, YamlNode entryKey, string key, DeploySettings settings)
    {
        fields.UnknownSetting(DiagnosticCodes.DeploySettingInvalid, entryKey, $"deploy.{key}", key, KnownKeys, "the settings here are");
        return settings;
    }
}
