using System.Globalization;
using PortalGen.Model;
using Scriban.Runtime;
using static PortalGen.Rendering.ReadOnlyViews;

namespace PortalGen.Rendering;

/// <summary>The views of a release's photo: its picture's variants, its card thumbnail, its crop (or social card) for sharing and its credit.</summary>
internal sealed partial class TemplateViews
{
    private void AddImageViews(LateBoundView view, Release release)
    {
        string Href(ImageVariant variant) => site.Urls.AssetHref(release.VariantUrl(variant)!, release.Path);

        view["picture"] = release.Picture is { } picture ? PictureView(picture, Href) : null;
        view["thumbnail"] = release.Thumbnail is { } thumbnail ? PictureView(thumbnail, Href) : null;
        view["share_image"] = ShareImages.Of(site, release).FirstOrDefault() is ({ } url, { } shared) ? Freeze(new ScriptObject
        {
            ["url"] = url,
            ["width"] = shared.Width,
            ["height"] = shared.Height,
            ["type"] = shared.MediaType,
        }) : null;
        view["image_credit"] = release.ImageCredit?.Credit;
        view["image_license"] = release.ImageCredit?.License is { } shown ? LicenseLinks.Label(shown) : null;
        view["image_license_url"] = release.ImageCredit?.License is { } license ? LicenseLinks.Url(license) : null;
    }

    /// <summary>src and srcset in the photo's own format (the img), webp_srcset for the WebP source before it.</summary>
    private ScriptObject PictureView(ResponsiveImage picture, Func<ImageVariant, string> href)
    {
        string Srcset(IEnumerable<ImageVariant> variants) =>
            string.Join(", ", variants.Select(variant => href(variant) + " " + variant.Width.ToString(CultureInfo.InvariantCulture) + "w"));

        return Freeze(new ScriptObject
        {
            ["url"] = href(picture.Src),
            ["srcset"] = Srcset(picture.Fallback),
            ["type"] = picture.Src.MediaType,
            ["webp_srcset"] = picture.Modern.IsEmpty ? null : Srcset(picture.Modern),
            ["sizes"] = site.Settings.Images.Sizes,
            ["width"] = picture.Size.Width,
            ["height"] = picture.Size.Height,
        });
    }
}
