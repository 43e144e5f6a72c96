using System.Globalization;
using System.Text.RegularExpressions;

namespace PortalGen.Model;

/// <summary>
/// A PDF card's facts ("PDF, 12 pages, 2.4 MB") in the words of the page's language. A body is rendered before the
/// theme's words are read, so it holds an empty span with the numbers, and the page and the feeds fill it in.
/// </summary>
internal static partial class PdfCardTexts
{
    private const string Marker = "data-pdf-pages=";

    public static string Placeholder(int pages, long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"<span class=\"pdf-card__facts\" {Marker}\"{pages}\" data-pdf-bytes=\"{bytes}\"></span>");

    /// <summary>The HTML with each card's facts written in the language of <paramref name="texts"/>.</summary>
    public static string Fill(string html, UiTexts texts) =>
        !html.Contains(Marker, StringComparison.Ordinal) ? html : PlaceholderPattern().Replace(html, match =>
        {
            var pages = int.Parse(match.Groups["pages"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var size = FileSizeTexts.Of(long.Parse(match.Groups["bytes"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture), texts.Language);
            var facts = pages == 1
                ? texts.Format("pdf_card_one_page", ("size", size))
                : texts.Format("pdf_card_pages", ("pages", pages.ToString(DateTexts.CultureOf(texts.Language))), ("size", size));
            return match.Value.Replace("></span>", ">" + HtmlText.Escape(facts) + "</span>", StringComparison.Ordinal);
        });

    [GeneratedRegex("<span class=\"pdf-card__facts\" " + Marker + "\"(?<pages>[0-9]{1,9})\" data-pdf-bytes=\"(?<bytes>[0-9]{1,18})\"></span>")]
    private static partial Regex PlaceholderPattern();
}
