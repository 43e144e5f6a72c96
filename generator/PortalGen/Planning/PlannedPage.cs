using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>One HTML page to write: its kind (which picks the template), its path, and what it shows.</summary>
public sealed record PlannedPage(PageKind Kind, string Path, string Title)
{
    public Release? Release { get; init; }

    public PlainPage? Page { get; init; }

    public Partner? Partner { get; init; }

    public Topic? Topic { get; init; }

    public YearArchive? Year { get; init; }

    public Paginator? Paginator { get; init; }

    public string OutputFile => UrlScheme.OutputFile(Path);
}
