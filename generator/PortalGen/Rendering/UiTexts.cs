using System.Collections.Frozen;
using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>
/// The theme's words in one language (templates/i18n/LANG.yml), with every key the language lacks taken from the
/// default language, then from the theme's English. Templates read them as <c>t.key</c>; a key that is nowhere is a
/// template error with file and line, as any misspelt name.
/// </summary>
public sealed class UiTexts
{
    private readonly FrozenDictionary<string, string> texts;

    public UiTexts(string language, IEnumerable<KeyValuePair<string, string>> texts)
    {
        Language = language;
        this.texts = texts.ToFrozenDictionary(StringComparer.Ordinal);
        var view = new ScriptObject();
        foreach (var (key, text) in this.texts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            view[key] = text;
        }

        View = ReadOnlyViews.Freeze(view);
    }

    public string Language { get; }

    /// <summary>The <c>t</c> that templates see.</summary>
    public ScriptObject View { get; }

    /// <summary>A text with its {name} placeholders filled in: Format("releases_of_year", ("year", "2020")).</summary>
    public string Format(string key, params (string Name, string Value)[] values) =>
        values.Aggregate(texts[key], (text, value) => text.Replace("{" + value.Name + "}", value.Value, StringComparison.Ordinal));
}
