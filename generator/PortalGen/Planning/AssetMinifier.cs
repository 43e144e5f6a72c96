using NUglify;
using PortalGen.Diagnostics;
using PortalGen.Parsing;

namespace PortalGen.Planning;

/// <summary>
/// The theme's css and js as NUglify minifies them. A file NUglify cannot parse is published as it is, with a
/// warning at the line it stopped at: a theme's typo must not fail the site's build.
/// </summary>
internal static class AssetMinifier
{
    public static bool CanMinify(string path) => path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal);

    public static string Minify(string path, string text, string displayPath, DiagnosticBag diagnostics)
    {
        UglifyResult result;
        try
        {
            result = path.EndsWith(".css", StringComparison.Ordinal) ? Uglify.Css(text) : Uglify.Js(text);
        }
        catch (Exception e) when (IsNUglifyFault(e))
        {
            diagnostics.Warning(DiagnosticCodes.AssetNotMinified, SourceSpan.WholeFile(displayPath), "the file is published as it is, not minified: the minifier failed on it", "check its syntax; browsers may skip what the minifier could not read");
            return text;
        }

        if (!result.HasErrors)
        {
            return result.Code;
        }

        var error = result.Errors.First(e => e.IsError);
        diagnostics.Warning(
            DiagnosticCodes.AssetNotMinified,
            new SourceSpan(displayPath, Math.Max(error.StartLine, 1), Math.Max(error.StartColumn, 1)),
            $"the file is published as it is, not minified: {error.Message}",
            "check the syntax near this line; browsers may skip what the minifier could not read");
        return text;
    }

    /// <summary>NUglify's parser fails on some broken input (a lone '(') with a plain .NET exception and no position.</summary>
    public static bool IsNUglifyFault(Exception exception) =>
        exception is NullReferenceException or IndexOutOfRangeException or ArgumentException or InvalidOperationException && LibraryFaults.ThrownBy(exception, "NUglify");
}
