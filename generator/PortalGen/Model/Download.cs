namespace PortalGen.Model;

/// <summary>A file of a release's media kit: a file of its bundle as published, with what the Downloads section says of it.</summary>
/// <param name="Name">Its path in the bundle as the editor wrote it, normalized (photos/lab.jpg): its name in the press kit.</param>
/// <param name="Length">Its length in bytes, measured when the release was made.</param>
/// <param name="Thumbnail">A small crop when it is a photo the site makes variants of.</param>
internal sealed record Download(StaticFile File, string Name, long Length, string? Caption, ImageCredit Credit, ResponsiveImage? Thumbnail);
