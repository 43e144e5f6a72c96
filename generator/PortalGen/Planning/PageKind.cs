namespace PortalGen.Planning;

/// <summary>Every kind of HTML page the generator writes; each has a template of the same name in layouts/.</summary>
internal enum PageKind
{
    Home,
    Release,
    Page,

    /// <summary>All partners, grouped by kind.</summary>
    Partners,

    /// <summary>One partner's profile and releases, paged.</summary>
    Partner,

    /// <summary>All topics with their counts.</summary>
    Topics,

    /// <summary>One topic's releases, paged.</summary>
    Topic,

    /// <summary>The years with their counts.</summary>
    Archive,

    /// <summary>One year's releases.</summary>
    Year,

    /// <summary>The events releases announce, upcoming and past.</summary>
    Events,
    NotFound,
    Search,
}
