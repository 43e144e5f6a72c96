using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>One page of a paged list of releases.</summary>
/// <param name="PageNumber">1-based.</param>
/// <param name="PreviousPath">Site-relative path of the page before (newer releases), or null on the first.</param>
/// <param name="NextPath">Site-relative path of the page after (older releases), or null on the last.</param>
internal sealed record Paginator(
    ImmutableArray<Release> Items,
    int PageNumber,
    int PageCount,
    int TotalItems,
    string FirstPath,
    string? PreviousPath,
    string? NextPath)
{
    /// <summary>Cuts a list into pages of <paramref name="pageSize"/>; an empty list still has one (empty) page.</summary>
    public static IEnumerable<Paginator> Paginate(ImmutableArray<Release> items, int pageSize, string listPath)
    {
        var pageCount = Math.Max(1, (items.Length + pageSize - 1) / pageSize);
        for (var number = 1; number <= pageCount; number++)
        {
            var start = (number - 1) * pageSize;
            yield return new Paginator(
                items.Slice(start, Math.Min(pageSize, items.Length - start)),
                number,
                pageCount,
                items.Length,
                listPath,
                number > 1 ? UrlScheme.Paged(listPath, number - 1) : null,
                number < pageCount ? UrlScheme.Paged(listPath, number + 1) : null);
        }
    }
}
