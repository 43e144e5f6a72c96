using PortalGen.Tests.Support;

namespace PortalGen.Tests.PressOffice;

/// <summary>The basics with a contacts registry of two people who speak for NEC and one for MPI-IS.</summary>
internal static class PressSite
{
    public const string Contacts = """
        -- content/contacts.yml --
        - id: anna
          name: Anna Example
          role: Head of communications
          organisation: nec
          email: anna@nec.example
          phone: +49 6221 4342-0
        - id: ben
          name: "Ben O'Brien; Jr."
          role: Press officer, research
          organisation: nec
          email: ben@nec.example
          phone: "+49 (6221) 4342 11"
          photo: /people/ben.jpg
        - id: clara
          name: Clara Muster
          organisation: mpi-is
          email: clara@mpi-is.example
          phone: +49 7071 601 0
        -- content/static/people/ben.jpg --
        (image 120x160)

        """;

    public const string Site = TestSite.Basics + Contacts;
}
