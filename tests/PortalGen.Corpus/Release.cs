namespace PortalGen.Corpus;

/// <summary>
/// One press release: its front matter's values as written (<see cref="Date"/> is an ISO date or date-time with
/// offset) and its Markdown body. <see cref="Year"/> is its folder and URL year, news/YYYY/slug.
/// </summary>
internal sealed record Release(
    string Title,
    string Date,
    int Year,
    string Author,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Topics,
    string Summary,
    string Location,
    string Slug,
    string Body);
