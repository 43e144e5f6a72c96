using PortalGen.Tests.Support;

namespace PortalGen.Tests.Events;

/// <summary>
/// A site whose releases announce events around <see cref="TestSite.Now"/> (27 November 2026): a past lecture, an
/// all-day online summit in January 2027 and an open day in March 2027 whose texts hold markup, commas, semicolons and
/// letters of several bytes.
/// </summary>
internal static class EventSite
{
    public const string OpenDaySummary = "Demos, talks; and a tour – with <em>coffee</em>";

    public const string Files = TestSite.Basics + $"""
        -- content/news/2026/open-day.md --
        ---
        title: "Open lab day <b>live</b>"
        date: 2026-11-01T09:00:00+01:00
        lastmod: 2026-11-02T10:00:00+01:00
        partners: [nec, mpi-is]
        summary: "{OpenDaySummary}"
        event:
          start: 2027-03-18T10:00:00+01:00
          end: 2027-03-18T16:00:00+01:00
          venue:
            name: "Lab & Hall <i>B</i>"
            address: Max-Planck-Ring 4, 72076 Tübingen
          online: https://stream.events.example/open-day
          registration: https://events.example/open-day?a=1&b=2
        ---
        Come and see.
        -- content/news/2026/summit.md --
        ---
        title: Summit announced
        date: 2026-10-01
        summary: "Zwei Tage Gespräche über Künstliche Intelligenz in Tübingen, Stuttgart und Heidelberg – 人工知能についての対話 – für Forschende, Gründerinnen und Gründer, Studierende und alle Interessierten."
        event:
          name: AI Summit
          start: 2027-01-10
          end: 2027-01-11
          online: https://summit.events.example/
        ---
        Online.
        -- content/news/2024/lecture.md --
        ---
        title: Lecture series opens
        date: 2024-10-09T18:00:00+02:00
        summary: A lecture on algorithms.
        event:
          name: Opening lecture
          start: 2024-10-23T18:30:00+02:00
          end: 2024-10-23T20:30:00+02:00
          venue: Neue Aula
        ---
        Lecture.
        -- content/news/2025/plain.md --
        ---
        title: A release without an event
        date: 2025-05-05
        ---
        Nothing to attend.

        """;
}
