namespace PortalGen.Parsing.Embeds;

/// <summary>What an embed was checked to be, kept on its Markdig block until <see cref="EmbedRenderer"/> writes it.</summary>
internal abstract record Embed;
