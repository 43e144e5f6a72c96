using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Pipeline;

/// <summary>What a run of the <see cref="SitePipeline"/> gives: the site ready to render, unless it failed, and the releases the rules left out either way.</summary>
internal sealed record PipelineResult(BuiltSite? Site, ImmutableArray<LeftOutRelease> LeftOut);
