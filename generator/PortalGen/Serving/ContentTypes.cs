using Microsoft.AspNetCore.StaticFiles;

namespace PortalGen.Serving;

/// <summary>The content type of a served file from its extension, as ASP.NET Core's static files serve them.</summary>
internal static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";

    private static readonly FileExtensionContentTypeProvider Provider = new();

    public static string Of(string path)
    {
        if (!Provider.TryGetContentType(path, out var type))
        {
            return "application/octet-stream";
        }

        // Everything we generate is UTF-8; saying so keeps browsers from guessing for feeds and scripts.
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/javascript"
            ? type + "; charset=utf-8"
            : type;
    }

    public static bool IsHtml(string contentType) => contentType.StartsWith("text/html", StringComparison.Ordinal);
}
