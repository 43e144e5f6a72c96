namespace PortalGen.Corpus;

internal static class Yaml
{
    /// <summary>A double-quoted scalar, so that no title or summary is ever read as anything but text.</summary>
    public static string Quoted(string text) => $"\"{text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
