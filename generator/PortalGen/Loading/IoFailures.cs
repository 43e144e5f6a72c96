namespace PortalGen.Loading;

/// <summary>
/// Parallel loops wrap what their bodies throw in an <see cref="AggregateException"/>. When every exception in it is
/// the disk's (no space, no permission, a file gone), that is a diagnostic; anything else stays a bug.
/// </summary>
internal static class IoFailures
{
    /// <returns>The I/O exceptions, or null when any inner exception is not one.</returns>
    public static IReadOnlyList<Exception>? AllOf(AggregateException aggregate)
    {
        var inner = aggregate.Flatten().InnerExceptions;
        return inner.Count > 0 && inner.All(e => e is IOException or UnauthorizedAccessException) ? inner : null;
    }
}
