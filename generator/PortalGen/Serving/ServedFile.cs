using Microsoft.AspNetCore.Http;

namespace PortalGen.Serving;

/// <summary>One response of the preview server: status, content type and bytes (and where to go, for a redirect).</summary>
internal sealed record ServedFile(int Status, string ContentType, byte[] Body)
{
    public string? Location { get; init; }

    /// <summary>A static file's bytes, streamed to the client rather than held in memory (then <see cref="Body"/> is empty); the response disposes it.</summary>
    public Stream? Content { get; init; }

    public static ServedFile Redirect(string location) =>
        new(StatusCodes.Status301MovedPermanently, "text/plain; charset=utf-8", []) { Location = location };
}
