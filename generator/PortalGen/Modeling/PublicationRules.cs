using PortalGen.Model;
using PortalGen.Parsing;
using PortalGen.Settings;

namespace PortalGen.Modeling;

/// <summary>Decides whether a release is in this build: drafts, future dates, embargoes and expiry.</summary>
internal static class PublicationRules
{
    /// <returns>Why the release is left out, or null when it is published.</returns>
    public static LeftOutReason? Check(FrontMatter frontMatter, DateTimeOffset now, PipelineSettings options)
    {
        if (frontMatter.Draft && !options.IncludeDrafts)
        {
            return LeftOutReason.Draft;
        }

        if (frontMatter.Expires is { } expires && expires.Value.Instant <= now)
        {
            return LeftOutReason.Expired;
        }

        if (options.IncludeFuture)
        {
            return null;
        }

        if (frontMatter.Embargo is { } embargo && embargo.Value.Instant > now)
        {
            return LeftOutReason.Embargoed;
        }

        return frontMatter.Date is { } date && date.Value.Instant > now ? LeftOutReason.Future : null;
    }

    /// <summary>The instant behind a reason, for messages: "embargoed until", "expired at".</summary>
    public static DateTimeOffset? InstantOf(LeftOutReason reason, FrontMatter frontMatter) => reason switch
    {
        LeftOutReason.Future => frontMatter.Date?.Value.Instant,
        LeftOutReason.Embargoed => frontMatter.Embargo?.Value.Instant,
        LeftOutReason.Expired => frontMatter.Expires?.Value.Instant,
        _ => null,
    };

    /// <summary>Shown ahead of time: its date or embargo lies after now (only with --future).</summary>
    public static bool IsScheduled(FrontMatter frontMatter, DateTimeOffset now) =>
        frontMatter.Embargo?.Value.Instant > now || frontMatter.Date?.Value.Instant > now;
}
