using System.Globalization;

namespace PortalGen.Model;

/// <summary>
/// One language of the site: its code (a BCP 47 tag .NET knows), the name the language switcher shows,
/// and the site title and description in it when site.yml gives them.
/// </summary>
internal sealed record SiteLanguage(string Code, string? Title = null, string? Description = null)
{
    /// <summary>The language's name in itself (English, Deutsch, 日本語), so a reader finds their own.</summary>
    public string NativeName
    {
        get
        {
            var name = CultureInfo.GetCultureInfo(Code).NativeName;
            return name.Length == 0 ? Code : char.ToUpper(name[0], CultureInfo.GetCultureInfo(Code)) + name[1..];
        }
    }
}
