namespace PortalGen.Parsing;

/// <summary>
/// What a base URL may be, wherever it is given: <c>base_url</c> in site.yml, and <c>--base-url</c>, which the command
/// line checks by this same rule before a build starts.
/// </summary>
public static class SiteBaseUrl
{
    public const string Hint = "for example https://news.example.org/ or https://example.org/portal/";

    /// <returns>The address, ending in '/', or null unless it is an absolute http or https address without query or fragment.</returns>
    public static Uri? Parse(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return null;
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    /// <summary>The error for a text <see cref="Parse"/> refuses, after what it was given as ("'base_url'", "--base-url").</summary>
    public static string Message(string what, string text) => $"{what} must be an absolute http or https address, found '{text}'";
}
