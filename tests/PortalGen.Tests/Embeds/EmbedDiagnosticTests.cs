using PortalGen.Diagnostics;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Embeds;

/// <summary>Every mistake in an embed is reported at its line and column, with what to write instead.</summary>
public sealed class EmbedDiagnosticTests
{
    private const string File = "content/news/2020/x/index.md";
    private const string Forms = "write a YouTube link (https://www.youtube.com/watch?v=ID, https://youtu.be/ID, https://www.youtube.com/shorts/ID) or its 11-character id, "
        + "a Vimeo link (https://vimeo.com/123456789), or an .mp4 file beside the release";

    [TestCase("::: vidoe https://youtu.be/aqz-KE-bpKQ \"T\"\n:::", DiagnosticCodes.UnknownEmbed, "5:5: error: unknown embed 'vidoe' (did you mean 'video'? embeds are video, quote, pdf, written as ::: video https://youtu.be/ID \"Title\")")]
    [TestCase(":::\ntext\n:::", DiagnosticCodes.UnknownEmbed, "5:4: error: ':::' opens an embed but names no kind (embeds are video, quote, pdf, written as ::: video https://youtu.be/ID \"Title\")")]
    [TestCase("::: video https://www.youtube.com/watch?v=tooshort \"T\"\n:::", DiagnosticCodes.InvalidVideo, "5:11: error: 'https://www.youtube.com/watch?v=tooshort' is not a YouTube or Vimeo video (" + Forms + ")")]
    [TestCase("::: video https://vimeo.com/channels/staffpicks \"T\"\n:::", DiagnosticCodes.InvalidVideo, "5:11: error: 'https://vimeo.com/channels/staffpicks' is not a YouTube or Vimeo video (" + Forms + ")")]
    [TestCase("::: video https://example.org/clip.mp4 \"T\"\n:::", DiagnosticCodes.InvalidVideo, "5:11: error: 'https://example.org/clip.mp4' is not a YouTube or Vimeo video (" + Forms + ")")]
    [TestCase("::: video\n:::", DiagnosticCodes.InvalidVideo, "5:10: error: the video embed names no video (" + Forms + ")")]
    [TestCase("::: video https://youtu.be/aqz-KE-bpKQ\n:::", DiagnosticCodes.VideoWithoutTitle, "5:39: error: the video has no title (name it in quotes after the link, for readers and screen readers: ::: video https://youtu.be/aqz-KE-bpKQ \"Opening of the lab\")")]
    [TestCase("::: video clip.mp4 \"T\"\nNo poster.\n:::", DiagnosticCodes.VideoWithoutPoster, "5:11: error: a video file needs a poster image, shown until it plays (put an image of the release on the embed's first line: ![What the video shows](still.jpg))")]
    [TestCase("::: video clips.mp4 \"T\"\n![The lab](still.jpg)\n:::", DiagnosticCodes.MissingLinkTarget, "5:11: error: 'clips.mp4' links to content/news/2020/x/clips.mp4, which does not exist (did you mean 'clip.mp4'?)")]
    [TestCase("::: video clip.mp4 \"T\"\n![The lab](stil.jpg)\n:::", DiagnosticCodes.MissingLinkTarget, "6:1: error: 'stil.jpg' links to content/news/2020/x/stil.jpg, which does not exist (did you mean 'still.jpg'?)")]
    [TestCase("::: video aqz-KE-bpKQ \"T\"\n![The lab](stil.jpg)\n:::", DiagnosticCodes.MissingLinkTarget, "6:1: error: 'stil.jpg' links to content/news/2020/x/stil.jpg, which does not exist (did you mean 'still.jpg'?)")]
    [TestCase("::: quote\nWords.\n:::", DiagnosticCodes.QuoteWithoutSpeaker, "5:10: error: the quote does not say who said it (write the name and role after the kind: ::: quote Jane Doe, Director, Cyber Valley)")]
    [TestCase("::: quote Jane Doe\nWords.\n\nThe rest of the release.", DiagnosticCodes.UnclosedEmbed, "5:1: error: this embed is never closed, so what follows it is inside it (end it with a line of three colons: :::)")]
    public void A_mistake_is_an_error_at_its_line_and_column_with_a_hint(string body, string code, string line)
    {
        var result = MemorySite.Build(EmbedSite.With(body)).Result;

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[] { $"{File}:{line}" }));
            Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { code }));
        });
    }
}
