using System.Text.Json.Serialization;

namespace PortalGen.Output;

/// <summary>
/// The manifest's JSON shape, generated at compile time: the reflection-based serializer is unavailable
/// to the natively compiled CLI (Native AOT), and this one also starts faster under the JIT.
/// </summary>
[JsonSerializable(typeof(BuildManifest))]
internal sealed partial class BuildManifestJson : JsonSerializerContext;
