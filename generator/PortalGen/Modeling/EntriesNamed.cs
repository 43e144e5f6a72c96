namespace PortalGen.Modeling;

/// <summary>
/// The registry entries an editor named by a name rather than by an id ("NEC", "Uni Tübingen", "Robotik"): press
/// officers know a partner's name, and no typo distance leads from it to an id such as 'nec-labs-europe'.
/// </summary>
internal static class EntriesNamed
{
    /// <summary>
    /// The ids of the entries one of whose names (in any language), or whose id read as words ('zeiss-foundation' for
    /// "Zeiss"), is the text typed or begins with its words; case aside. Each with its first name, to show.
    /// </summary>
    public static IReadOnlyList<(string Id, string Name)> Find<T>(string typed, IEnumerable<KeyValuePair<string, T>> known, Func<T, IEnumerable<string>> namesOf)
    {
        var words = Words(typed);
        if (words.Length == 0 || (words.Length == 1 && words[0].Length < 2))
        {
            return [];
        }

        return [.. known
            .Where(entry => namesOf(entry.Value).Append(entry.Key.Replace('-', ' ')).Any(name => Begins(Words(name), words)))
            .Select(entry => (entry.Key, namesOf(entry.Value).First()))
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)];
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool Begins(string[] name, string[] words) =>
        words.Length <= name.Length && words.Select((word, i) => string.Equals(word, name[i], StringComparison.OrdinalIgnoreCase)).All(same => same);
}
