using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PortalGen.Parsing;

/// <summary>
/// Hands YamlDotNet's node loader the parser's events and stops it, with <see cref="NestingTooDeepException"/>, at the
/// first one nested deeper than the limit: the loader recurses once per level, so it never gets deep enough to
/// overflow the stack, and the text is parsed once, not once to measure and again to load.
/// </summary>
internal sealed class NestingDepthGuard(IParser parser, int maxDepth) : IParser
{
    private int depth;

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        if (!parser.MoveNext())
        {
            return false;
        }

        switch (parser.Current)
        {
            case MappingStart or SequenceStart when ++depth > maxDepth:
                throw new NestingTooDeepException(parser.Current.Start);
            case MappingEnd or SequenceEnd:
                depth--;
                break;
        }

        return true;
    }
}
