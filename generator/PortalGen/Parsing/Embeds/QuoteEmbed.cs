namespace PortalGen.Parsing.Embeds;

/// <summary>A quote box: the container's Markdown as the quote, and who said it.</summary>
/// <param name="Speaker">Name and role as the editor wrote them, shown as text.</param>
internal sealed record QuoteEmbed(string Speaker) : Embed;
