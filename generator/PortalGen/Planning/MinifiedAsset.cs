using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>A theme asset as read (<paramref name="Bytes"/>) and, for a stylesheet or script, as minified (<paramref name="Text"/>).</summary>
internal sealed record MinifiedAsset(StaticFile File, byte[] Bytes, string? Text);
