namespace PortalGen.Parsing.Embeds;

/// <summary>A YouTube or Vimeo video, shown as a still and a link until the reader asks for the player.</summary>
/// <param name="Still">The poster image the editor gave, else null: a neutral placeholder, never the site's thumbnail.</param>
internal sealed record OnlineVideoEmbed(OnlineVideo Video, string Title, StillImage? Still) : Embed;
