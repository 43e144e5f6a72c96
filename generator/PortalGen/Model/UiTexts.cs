using System.Collections.Frozen;

namespace PortalGen.Model;

/// <summary>
/// The theme's words in one language (templates/i18n/LANG.yml), with every key the language lacks taken from the
/// default language, then from the theme's English. Templates read them as <c>t.key</c>; a key that is nowhere is a
/// template error with file and line, as any misspelt name.
/// </summary>
internal sealed class UiTexts
{
    private readonly FrozenDictionary<string, string> texts;

    public UiTexts(string language, IEnumerable<KeyValuePair<string, string>> texts)
    {
        Language = language;
        this.texts = texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Language { get; }

    /// <summary>Every key and its text, in key order.</summary>
    public IEnumerable<KeyValuePair<string, string>> Entries => texts.OrderBy(pair => pair.Key, StringComparer.Ordinal);

    /// <summary>A text with its {name} placeholders filled in: Format("releases_of_year", ("year", "2020")).</summary>
    public string Format(string key, params (string Name, string Value)[] values) =>
        values.Aggregate(texts[key], (text, value) => text.Replace("{" + value.Name + "}", value.Value, StringComparison.Ordinal));
}
