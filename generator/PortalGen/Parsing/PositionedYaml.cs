using PortalGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// A front matter tree in YamlDotNet's node model, the one shape the typed reader reads. YAML's nodes carry
/// their own marks; nodes made from another language (TOML) carry theirs in <see cref="Positions"/>.
/// </summary>
/// <param name="Positions">Where each made node was written, by reference; null for YAML, whose nodes know.</param>
internal sealed record PositionedYaml(YamlNode Root, IReadOnlyDictionary<YamlNode, SourceSpan>? Positions = null);
