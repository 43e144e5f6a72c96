namespace PortalGen.Model;

/// <summary>An image's intrinsic size in CSS pixels, written as width and height so the page does not jump while it loads.</summary>
public readonly record struct ImageSize(int Width, int Height);
