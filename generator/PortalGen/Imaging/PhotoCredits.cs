using MetadataExtractor;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using PortalGen.Model;

namespace PortalGen.Imaging;

/// <summary>
/// The credit, licence and copyright a photo carries in its own IPTC or XMP metadata, as photo desks and
/// agencies write them: read when front matter names none, so a credited photo needs no retyping.
/// </summary>
internal static class PhotoCredits
{
    public static ImageCredit? Read(Stream photo)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(photo);
        }
        catch (Exception e) when (e is MetadataExtractor.ImageProcessingException or IOException or MetadataException)
        {
            return null; // a photo whose metadata cannot be read simply has none; its pixels are checked elsewhere
        }

        var iptc = directories.OfType<IptcDirectory>().FirstOrDefault();
        var xmp = directories.OfType<XmpDirectory>().FirstOrDefault()?.GetXmpProperties() ?? new Dictionary<string, string>();
        var credit = First(iptc?.GetString(IptcDirectory.TagCredit), iptc?.GetString(IptcDirectory.TagByLine), Xmp(xmp, "photoshop:Credit"), Xmp(xmp, "dc:creator[1]"));
        var copyright = First(iptc?.GetString(IptcDirectory.TagCopyrightNotice), Xmp(xmp, "dc:rights[1]"));
        var license = First(Xmp(xmp, "xmpRights:WebStatement"), Xmp(xmp, "cc:license"));
        return credit is null && copyright is null && license is null ? null : new ImageCredit(credit, license, copyright);
    }

    private static string? Xmp(IDictionary<string, string> properties, string name) =>
        properties.TryGetValue(name, out var value) ? value : null;

    private static string? First(params string?[] values) =>
        values.Select(value => value?.Trim()).FirstOrDefault(value => !string.IsNullOrEmpty(value));
}
