using PortalGen.Tests.Support;

namespace PortalGen.Tests.MediaKit;

/// <summary>A site whose one release, a bundle at /news/2020/x/, has a media kit of a photo and a PDF.</summary>
internal static class MediaKitSite
{
    public const string Pdf = "%PDF-1.4\n% not a whole PDF: the build copies a download as it is\n%%EOF\n";

    public const string Bundle = """
        -- content/news/2020/x/index.md --
        ---
        title: X & Y
        date: 2020-12-02
        downloads:
          - file: photos/lab.jpg
            caption: The <b>lab</b> in Tübingen
            credit: Jane Doe / MPI-IS
            license: CC-BY-4.0
          - file: report.pdf
            caption: Annual report
            credit: Cyber Valley
            license: https://example.org/terms
        ---
        Body.
        -- content/news/2020/x/photos/lab.jpg --
        (image 1600x1200)
        -- content/news/2020/x/report.pdf --

        """ + Pdf;

    public static string Site => TestSite.Basics + Bundle;

    /// <summary>A release written as <paramref name="frontMatter"/> with a bundle of one PDF, report.pdf.</summary>
    public static string WithFrontMatter(string frontMatter) => TestSite.Basics + $"""
        -- content/news/2020/x/index.md --
        ---
        title: X
        date: 2020-12-02
        {frontMatter}
        ---
        Body.
        -- content/news/2020/x/report.pdf --

        """ + Pdf;
}
