namespace PortalGen.Theme;

/// <summary>
/// The one type of the theme's assembly: the library finds the resources through it, and naming it keeps the
/// assembly, resources and all, in a trimmed or Native AOT build.
/// </summary>
internal static class ThemeAssembly;
