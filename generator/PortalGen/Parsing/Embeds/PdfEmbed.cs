namespace PortalGen.Parsing.Embeds;

/// <summary>A card for a PDF of the release: its title, its facts and a link to download it.</summary>
/// <param name="Source">The file's URL (a placeholder until the model is built).</param>
/// <param name="Title">The embed's own title, else the PDF's metadata title, else the file's name.</param>
/// <param name="Length">Its size in bytes.</param>
internal sealed record PdfEmbed(string Source, string Title, long Length, int Pages) : Embed;
