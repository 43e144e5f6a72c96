using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PortalGen.Rendering;

/// <summary>
/// <c>include_cached "name" args...</c>, as Hugo's partialCached: the template is rendered once for each distinct
/// list of arguments within one language's edition, and its text is reused on every page that asks again. For
/// partials that depend only on their arguments, <c>site</c> and <c>t</c>, such as a release's card, which
/// otherwise is rendered again on the home pages, each of its partners' and topics' pages, its year and as a
/// related release of others: ten times per release. Arguments that are objects (a release's view) are the same
/// object wherever the release appears, so they are compared by identity; texts, numbers and booleans by value.
/// An include written as a statement is captured in a reused buffer, as <see cref="InPlaceInclude"/> renders
/// one, rather than in Scriban's new StringBuilder per include; only its string, which the cache keeps, is new.
/// </summary>
internal sealed class CachedInclude : IncludeFunction
{
    private readonly ConcurrentDictionary<IncludeKey, string> rendered = new();

    /// <summary>Capture buffers not in use; a cached include inside another takes a second one.</summary>
    private readonly ConcurrentBag<TextBufferOutput> idleBuffers = [];

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var caller = CallerOf(context, callerContext, arguments, "include_cached");
        if (rendered.TryGetValue(IncludeKey.Borrowing(arguments), out var text))
        {
            return text;
        }

        if (TemplateOf(context, caller, arguments) is not { } template)
        {
            return null;
        }

        // The key is owned before rendering, since a cached include inside this one borrows the same buffer.
        var key = IncludeKey.Owning(arguments);

        // Two pages may render the same partial at once; both texts are alike and the first is kept.
        var made = InPlaceInclude.WritesInPlace(context, caller) ? Capture(context, template, caller, arguments) : context.RenderTemplate(template, arguments, caller);
        return rendered.GetOrAdd(key, made);
    }

    private string Capture(TemplateContext context, Template template, ScriptNode caller, ScriptArray arguments)
    {
        if (!idleBuffers.TryTake(out var buffer))
        {
            buffer = new TextBufferOutput();
        }

        buffer.Clear();
        context.PushOutput(buffer);
        try
        {
            InPlaceInclude.Render(context, template, caller, arguments);
        }
        finally
        {
            context.PopOutput();
        }

        var text = new string(buffer.Text);
        idleBuffers.Add(buffer);
        return text;
    }

    /// <summary>
    /// The template's name and its arguments: values by value, objects by identity. A struct whose hash is taken
    /// once, so the look-up of a hit, the common case, neither allocates nor calls through an interface: the key
    /// borrows a buffer of the thread for its arguments, and only a key that is stored owns a copy.
    /// </summary>
    private readonly struct IncludeKey : IEquatable<IncludeKey>
    {
        [ThreadStatic]
        private static object?[]? borrowed;

        private readonly object?[] arguments;
        private readonly int count;
        private readonly int hash;

        private IncludeKey(object?[] arguments, int count)
        {
            this.arguments = arguments;
            this.count = count;
            var hash = new HashCode();
            for (var i = 0; i < count; i++)
            {
                hash.Add(IsValue(arguments[i]) ? arguments[i]!.GetHashCode() : RuntimeHelpers.GetHashCode(arguments[i]));
            }

            this.hash = hash.ToHashCode();
        }

        /// <summary>A key for a look-up only: valid until the thread's next look-up.</summary>
        public static IncludeKey Borrowing(ScriptArray arguments)
        {
            if (borrowed is null || borrowed.Length < arguments.Count)
            {
                borrowed = new object?[Math.Max(arguments.Count, 4)];
            }

            arguments.CopyTo(borrowed, 0);
            return new IncludeKey(borrowed, arguments.Count);
        }

        /// <summary>A key to store, with its own copy of the arguments.</summary>
        public static IncludeKey Owning(ScriptArray arguments) => new([.. arguments], arguments.Count);

        public bool Equals(IncludeKey other)
        {
            if (other.hash != hash || other.count != count)
            {
                return false;
            }

            for (var i = 0; i < count; i++)
            {
                if (!Same(arguments[i], other.arguments[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is IncludeKey other && Equals(other);

        public override int GetHashCode() => hash;

        private static bool Same(object? a, object? b) => IsValue(a) ? Equals(a, b) : ReferenceEquals(a, b);

        private static bool IsValue(object? argument) => argument is string or bool or int or long or double or decimal;
    }
}
