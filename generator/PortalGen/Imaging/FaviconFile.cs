namespace PortalGen.Imaging;

/// <summary>The raster files of the favicon set, each drawn as one <see cref="FaviconDrawing"/>.</summary>
internal enum FaviconFile
{
    /// <summary>favicon.ico: 16, 32 and 48 px, for tabs, bookmarks and the request every browser makes unprompted.</summary>
    Ico,

    /// <summary>apple-touch-icon.png, 180 px and opaque: iOS puts it on a home screen and rounds its corners itself.</summary>
    AppleTouchIcon,

    /// <summary>icon-192.png, the web app manifest's home-screen icon.</summary>
    Icon192,

    /// <summary>icon-512.png, the manifest's splash-screen icon.</summary>
    Icon512,
}
