namespace PortalGen.Planning;

/// <summary>Every kind of HTML page the generator writes; each has a template of the same name in layouts/.</summary>
public enum PageKind
{
    Home,
    Release,
    Page,
    NotFound,
    Search,
}
