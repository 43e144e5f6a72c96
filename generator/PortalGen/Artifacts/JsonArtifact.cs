using System.Buffers;
using System.Text.Json;
using PortalGen.Model;
using PortalGen.Rendering;

namespace PortalGen.Artifacts;

/// <summary>
/// The one way artifacts write a JSON file (search index, JSON Feed): as <see cref="ScriptSafeJson"/> writes JSON, so a
/// theme may inline it in a script, with a final newline.
/// </summary>
internal static class JsonArtifact
{
    public static void Write(IBufferWriter<byte> output, Action<Utf8JsonWriter> writeRoot)
    {
        using (var json = ScriptSafeJson.Writer(output))
        {
            writeRoot(json);
        }

        output.Write("\n"u8);
    }

    /// <summary>An array of one object per release, each written by <paramref name="writeRelease"/>.</summary>
    public static void WriteReleases(Utf8JsonWriter json, string name, Site site, IEnumerable<Release> releases, Action<Utf8JsonWriter, Site, Release> writeRelease)
    {
        json.WriteStartArray(name);
        foreach (var release in releases)
        {
            writeRelease(json, site, release);
        }

        json.WriteEndArray();
    }
}
