using PortalGen.Diagnostics;

namespace PortalGen.Model;

/// <summary>
/// What the image store makes a published image's files from: a photo's bytes, decoded and drawn at each recipe,
/// or a picture drawn from text at build time (a social card). Both are named, cached, published and pruned alike.
/// </summary>
internal abstract record ImageSource
{
    /// <summary>Where it comes from, for messages.</summary>
    public abstract string Origin { get; }

    /// <summary>
    /// What identifies it among the images of one output folder, so that two uses of the same source (a photo that is a
    /// lead image and in the body too) are made once.
    /// </summary>
    public abstract string Key { get; }

    /// <summary>The diagnostic's code and hint when its files cannot be made (a damaged photo; a favicon says its own).</summary>
    public virtual (string Code, string Hint) WhenDamaged => (DiagnosticCodes.DamagedImage, "open it in an image editor and export it again as JPEG or PNG");
}

/// <summary>A photo of the site: a bundle's, one beside a release, or one in static/.</summary>
internal sealed record PhotoSource(StaticFile Photo) : ImageSource
{
    public override string Origin => Photo.Origin;

    public override string Key => Photo.OutputPath;
}

/// <summary>A picture drawn from text, not decoded from a file: it is one file, the one its single variant names.</summary>
internal abstract record Drawing : ImageSource
{
    /// <summary>The encoded file; the same bytes every time, on every machine.</summary>
    public abstract byte[] Draw();
}
