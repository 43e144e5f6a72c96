namespace PortalGen.Parsing.Embeds;

/// <summary>An MP4 file of the release, played by the browser itself.</summary>
/// <param name="Source">The file's URL (a placeholder until the model is built).</param>
/// <param name="Poster">The still shown before it plays, which also gives the player its size.</param>
internal sealed record LocalVideoEmbed(string Source, string Title, StillImage Poster) : Embed;
