using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Parsing.ContentLinks;

/// <summary>What rewriting one body's links collects: the placeholders to resolve and the photos to publish as variants.</summary>
internal sealed class BodyLinks(ImageSettings imageSettings)
{
    public ImageSettings ImageSettings { get; } = imageSettings;

    /// <summary>Links whose URLs the body holds as placeholders, in the order of their numbers.</summary>
    public ImmutableArray<DeferredLink>.Builder Deferred { get; } = ImmutableArray.CreateBuilder<DeferredLink>();

    public ImmutableArray<ImageUse>.Builder Images { get; } = ImmutableArray.CreateBuilder<ImageUse>();
}
