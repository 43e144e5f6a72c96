using System.Text.RegularExpressions;
using PortalGen.Diagnostics;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>Reads site.yml's <c>editor:</c> block; a wrong value is a diagnostic at its line, and a broken block leaves the editor off.</summary>
internal static partial class EditorSettingsReader
{
    private static readonly string[] KnownKeys = ["enabled", "backend", "cms_url", "cms_integrity"];
    private static readonly string[] KnownBackendKeys = ["repo", "branch", "auth_url"];

    public static EditorSettings? Read(YamlFieldReader fields, YamlNode keyNode, YamlNode value)
    {
        if (value is not YamlMappingNode mapping)
        {
            fields.Diagnostics.Error(DiagnosticCodes.EditorSettingInvalid, fields.SpanOf(value), $"'editor' must be a set of 'key: value' lines, found {YamlFieldReader.Describe(value)}", "write 'editor:' and below it, indented, 'enabled: true'");
            return null;
        }

        var enabled = false;
        var valid = true;
        Field<string>? repository = null, branch = null, authUrl = null, cmsUrl = null, integrity = null;
        foreach (var (entryKey, node) in mapping.Children)
        {
            var key = (entryKey as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "enabled": enabled = fields.ReadBool(node, "editor.enabled") ?? false; break;
                case "backend": (repository, branch, authUrl) = ReadBackend(fields, node, ref valid); break;
                case "cms_url": cmsUrl = Checked(fields, node, key, IsCmsUrl, "an https:// address or a path on the site such as /admin/decap-cms.js", ref valid); break;
                case "cms_integrity": integrity = Checked(fields, node, key, text => IntegrityPattern().IsMatch(text), "a digest such as sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC", ref valid); break;
                default: fields.UnknownSetting(DiagnosticCodes.EditorSettingInvalid, entryKey, $"editor.{key}", key, KnownKeys, "the settings here are"); break;
            }
        }

        // Off, or a value already reported: a repository refused is not reported again as missing.
        if (!enabled || !valid)
        {
            return null;
        }

        if (repository is null)
        {
            fields.Diagnostics.Error(DiagnosticCodes.EditorRepositoryMissing, fields.SpanOf(keyNode), "the editor needs the GitHub repository it commits to", "add 'backend: {repo: owner/name, branch: main}' under 'editor:'");
            return null;
        }

        if (cmsUrl is { } url && integrity is null && url.Value.StartsWith("https://", StringComparison.Ordinal))
        {
            fields.Diagnostics.Warning(
                DiagnosticCodes.EditorScriptUnverified,
                url.Span,
                $"the editor loads its script from '{url.Value}' without checking it",
                "add 'cms_integrity: sha384-…', the digest of the file (openssl dgst -sha384 -binary decap-cms.js | openssl base64 -A)");
        }

        var settings = new EditorSettings { Repository = repository.Value.Value, Branch = branch?.Value ?? "main", AuthUrl = authUrl?.Value };
        return cmsUrl is null
            ? settings with { CmsIntegrity = integrity?.Value ?? EditorSettings.DefaultCmsIntegrity }
            : settings with { CmsUrl = cmsUrl.Value.Value, CmsIntegrity = integrity?.Value };
    }

    private static (Field<string>? Repository, Field<string>? Branch, Field<string>? AuthUrl) ReadBackend(YamlFieldReader fields, YamlNode value, ref bool valid)
    {
        if (value is not YamlMappingNode mapping)
        {
            fields.Diagnostics.Error(DiagnosticCodes.EditorSettingInvalid, fields.SpanOf(value), $"'editor.backend' must be a set of 'key: value' lines, found {YamlFieldReader.Describe(value)}", "write 'backend: {repo: owner/name, branch: main}'");
            valid = false;
            return (null, null, null);
        }

        Field<string>? repository = null, branch = null, authUrl = null;
        foreach (var (keyNode, node) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "repo": repository = Checked(fields, node, $"backend.{key}", text => RepositoryPattern().IsMatch(text), "a GitHub repository as owner/name, such as cyber-valley/news", ref valid); break;
                case "branch": branch = Checked(fields, node, $"backend.{key}", text => BranchPattern().IsMatch(text), "a branch name such as main", ref valid); break;
                case "auth_url": authUrl = Checked(fields, node, $"backend.{key}", IsHttps, "the https:// address of the OAuth client that logs editors in to GitHub", ref valid); break;
                default: fields.UnknownSetting(DiagnosticCodes.EditorSettingInvalid, keyNode, $"editor.backend.{key}", key, KnownBackendKeys, "the settings here are"); break;
            }
        }

        return (repository, branch, authUrl);
    }

    /// <summary>The value when <paramref name="isValid"/>; else an error that says what the setting must be, and <paramref name="valid"/> false.</summary>
    private static Field<string>? Checked(YamlFieldReader fields, YamlNode node, string key, Func<string, bool> isValid, string expected, ref bool valid)
    {
        // Left empty it is missing (a repository is then reported as such); not text, ReadText reported it.
        if (fields.ReadText(node, $"editor.{key}") is not { } text)
        {
            return null;
        }

        if (isValid(text.Value))
        {
            return text;
        }

        fields.Diagnostics.Error(DiagnosticCodes.EditorSettingInvalid, text.Span, $"'editor.{key}' is not valid: '{text.Value}'", $"write {expected}");
        valid = false;
        return null;
    }

    /// <summary>Loaded over https, or from the site itself; never over plain http, where anyone on the way could swap it.</summary>
    private static bool IsCmsUrl(string text) =>
        (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal))
        || IsHttps(text);

    private static bool IsHttps(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !text.Contains('"', StringComparison.Ordinal);

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex(@"^[A-Za-z0-9._/-]{1,200}$")]
    private static partial Regex BranchPattern();

    [GeneratedRegex(@"^sha(?:256|384|512)-[A-Za-z0-9+/]{43,86}={0,2}$")]
    private static partial Regex IntegrityPattern();
}
