namespace PortalGen.Corpus;

internal static class Words
{
    /// <summary>Words as a reader counts them: runs of anything but white space (a Markdown "##" counts as one).</summary>
    public static int Count(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
