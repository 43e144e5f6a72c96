using System.Text.RegularExpressions;

namespace PortalGen.Parsing.Embeds;

/// <summary>A video on YouTube or Vimeo: where its page is, and the player that loads nothing but it and sets no tracking cookies.</summary>
/// <param name="Site">The site's name as readers know it, for the consent note.</param>
/// <param name="PageUrl">The video on its site: the link readers follow without JavaScript, and the feeds' link.</param>
/// <param name="PlayerUrl">The player, loaded only when the reader clicks.</param>
internal sealed partial record OnlineVideo(string Site, string PageUrl, string PlayerUrl)
{
    public const string AcceptedForms =
        "write a YouTube link (https://www.youtube.com/watch?v=ID, https://youtu.be/ID, https://www.youtube.com/shorts/ID) or its 11-character id, "
        + "a Vimeo link (https://vimeo.com/123456789), or an .mp4 file beside the release";

    /// <returns>The video, or null when the text is none of the <see cref="AcceptedForms"/>.</returns>
    public static OnlineVideo? Parse(string written)
    {
        if (YouTube(written) is { } bare)
        {
            return bare;
        }

        if (!Uri.TryCreate(written, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var path = uri.AbsolutePath.TrimEnd('/');
        return host.ToLowerInvariant() switch
        {
            "youtu.be" => YouTube(path.TrimStart('/')),
            "youtube.com" or "m.youtube.com" or "youtube-nocookie.com" when path == "/watch" => YouTube(QueryValue(uri.Query, "v")),
            "youtube.com" or "m.youtube.com" or "youtube-nocookie.com" => YouTube(SegmentAfter(path, "/shorts/") ?? SegmentAfter(path, "/embed/")),
            "vimeo.com" => Vimeo(path.TrimStart('/')),
            "player.vimeo.com" => Vimeo(SegmentAfter(path, "/video/")),
            _ => null,
        };
    }

    private const string YouTubePlayer = "https://www.youtube-nocookie.com";
    private const string VimeoPlayer = "https://player.vimeo.com";

    /// <summary>Where the players come from: all a page's frames may load (the Content-Security-Policy's frame-src).</summary>
    public static readonly IReadOnlyList<string> PlayerOrigins = [YouTubePlayer, VimeoPlayer];

    private static OnlineVideo? YouTube(string? id) =>
        id is not null && YouTubeId().IsMatch(id) ? new("YouTube", "https://www.youtube.com/watch?v=" + id, YouTubePlayer + "/embed/" + id) : null;

    private static OnlineVideo? Vimeo(string? id) =>
        id is not null && VimeoId().IsMatch(id) ? new("Vimeo", "https://vimeo.com/" + id, VimeoPlayer + "/video/" + id + "?dnt=1") : null;

    private static string? SegmentAfter(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : null;

    private static string? QueryValue(string query, string name) =>
        query.TrimStart('?').Split('&').Select(pair => pair.Split('=', 2)).FirstOrDefault(pair => pair.Length == 2 && pair[0] == name)?[1];

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{1,12}$")]
    private static partial Regex VimeoId();
}
