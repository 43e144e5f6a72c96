using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>What a site puts in its output folder.</summary>
/// <param name="Files">Files copied as they are, photos' variants among them.</param>
/// <param name="Photos">The photos whose variants are among the files, to make before they are copied.</param>
internal sealed record OutputPlan(ImmutableArray<PlannedPage> Pages, ImmutableArray<StaticFile> Files, ImmutableArray<PublishedImage> Photos);
