using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>
/// The span of "now" around a build's own in which <see cref="PublicationRules"/> decide every release
/// alike: from the last date, embargo or expiry at or before now to the first one after it. A later
/// build of the same input whose now falls inside gives the same output.
/// </summary>
internal readonly record struct PublicationWindow(DateTimeOffset From, DateTimeOffset Until)
{
    public bool Contains(DateTimeOffset now) => From <= now && now < Until;

    public static PublicationWindow Around(IEnumerable<FrontMatter> releases, DateTimeOffset now)
    {
        var from = DateTimeOffset.MinValue;
        var until = DateTimeOffset.MaxValue;
        // Each rule turns when now reaches the instant (expires <= now; date and embargo > now).
        void Turn(Field<PublishDate>? instant)
        {
            if (instant?.Value.Instant is not { } turn)
            {
                return;
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

        // Three calls rather than a loop over a new array of the three: 10,000 arrays on every save of the preview.
        foreach (var frontMatter in releases)
        {
            Turn(frontMatter.Date);
            Turn(frontMatter.Embargo);
            Turn(frontMatter.Expires);
        }

        return new PublicationWindow(from, until);
    }
}
