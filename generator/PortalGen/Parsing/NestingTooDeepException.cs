using YamlDotNet.Core;

namespace PortalGen.Parsing;

/// <summary>Where YAML's nesting first went past the limit; thrown by <see cref="NestingDepthGuard"/>, caught and reported by <see cref="YamlDocumentLoader"/>.</summary>
internal sealed class NestingTooDeepException(Mark start) : Exception
{
    public Mark Start { get; } = start;
}
