using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>
/// The span of "now" around a build's own in which <see cref="PublicationRules"/> decide every release
/// alike and the news sitemap lists the same ones: from the last date, embargo, expiry, end of a release's
/// <see cref="NewsWindow"/> or end of the event it announces at or before now to the first one after it. A later build of the same input whose
/// now falls inside gives the same output.
/// </summary>
internal readonly record struct PublicationWindow(DateTimeOffset From, DateTimeOffset Until)
{
    public bool Contains(DateTimeOffset now) => From <= now && now < Until;

    /// <summary>When the rules next decide differently, or null when no instant is ahead.</summary>
    public DateTimeOffset? NextChange => Until == DateTimeOffset.MaxValue ? null : Until;

    public static PublicationWindow Around(IEnumerable<FrontMatter> releases, DateTimeOffset now)
    {
        var from = DateTimeOffset.MinValue;
        var until = DateTimeOffset.MaxValue;
        // Each rule turns when now reaches the instant (expires <= now; date and embargo > now; the news window ends at now).
        void Turn(DateTimeOffset? instant)
        {
            if (instant is not { } turn)
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

        // Calls rather than a loop over a new array of the instants: 10,000 arrays on every save of the preview.
        foreach (var frontMatter in releases)
        {
            Turn(frontMatter.Date?.Value.Instant);
            Turn(frontMatter.Embargo?.Value.Instant);
            Turn(frontMatter.Expires?.Value.Instant);
            Turn(frontMatter.Date?.Value.Instant is { } date ? NewsWindow.LeavesAt(date) : null);

            // An event ending moves it from the upcoming events to the past ones.
            Turn(frontMatter.Event is { } announced ? EventFactory.EndOf(announced) : null);
        }

        return new PublicationWindow(from, until);
    }
}
