namespace PortalGen.Model;

/// <summary>An image's intrinsic size in CSS pixels, written as width and height so the page does not jump while it loads.</summary>
internal readonly record struct ImageSize(int Width, int Height);
