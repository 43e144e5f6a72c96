using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Parsing.ContentLinks;

/// <summary>
/// A photo a body shows as variants: the file (below the content folder, or from the site root for one of static/,
/// as <see cref="DeferredLink.Target"/>) and the variants its picture names.
/// </summary>
internal sealed record ImageUse(string Target, SourceSpan Span, ImmutableArray<ImageVariant> Variants);
