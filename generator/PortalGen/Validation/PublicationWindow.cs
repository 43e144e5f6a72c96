using PortalGen.Parsing;

namespace PortalGen.Validation;

/// <summary>
/// The span of "now" around a build's own in which <see cref="PublicationRules"/> decide every release
/// alike: from the last date, embargo or expiry at or before now to the first one after it. A later
/// build of the same input whose now falls inside gives the same output.
/// </summary>
public readonly record struct PublicationWindow(DateTimeOffset From, DateTimeOffset Until)
{
    public bool Contains(DateTimeOffset now) => From <= now && now < Until;

    public static PublicationWindow Around(IEnumerable<FrontMatter> releases, DateTimeOffset now)
    {
        var from = DateTimeOffset.MinValue;
        var until = DateTimeOffset.MaxValue;
        foreach (var frontMatter in releases)
        {
            // Each rule turns when now reaches the instant (expires <= now; date and embargo > now).
            foreach (var instant in new[] { frontMatter.Date, frontMatter.Embargo, frontMatter.Expires })
            {
                if (instant?.Value.Instant is not { } turn)
                {
                    continue;
                }

                if (turn <= now)
                {
                    from = turn > from ? turn : from;
                }
                else
                {
                    until = turn < until ? turn : until;
                }
            }
        }

        return new PublicationWindow(from, until);
    }
}
