using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>
/// What a long-running preview keeps between rebuilds of the model, so a save parses, checks and chooses again
/// only what the saved files touch: settings and registries, parsed documents, releases, their order, indexes and related releases.
/// </summary>
public sealed class RebuildMemo
{
    public SettingsMemo Settings { get; } = new();

    public ContentDocumentCache Documents { get; } = new();

    public ReleaseMemo Releases { get; } = new();

    public ReleaseOrderMemo Order { get; } = new();

    public SiteIndexesMemo Indexes { get; } = new();
}
