namespace PortalGen.Model;

/// <summary>
/// The limits and patterns a release's front matter must meet, in one place: the build checks them, and the browser
/// editor's form and the front matter's JSON Schema state them, so an editor is told the same rule wherever she writes.
/// </summary>
internal static class FrontMatterRules
{
    /// <summary>
    /// Longer titles are a body or summary pasted into the wrong field: cards, feeds and search results
    /// show about a line, and the longest of the sample site's real titles has about 80 characters.
    /// </summary>
    public const int MaxTitleLength = 250;

    /// <summary>
    /// An explicit slug: one path segment of lowercase letters, digits and single hyphens. Written for .NET and
    /// ECMAScript with its <c>u</c> flag alike (JSON Schema's patterns), Unicode classes included.
    /// </summary>
    public const string SlugPattern = @"^[\p{Ll}\p{Lo}\p{Lm}\p{Nd}][\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}\p{Nd}]*(?:-[\p{Ll}\p{Lo}\p{Lm}\p{Nd}][\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}\p{Nd}]*)*$";

    /// <summary>The date forms a build reads: 2020-12-02, 2020-12-02T09:00:00+01:00, 2020-12-02 09:00, with fractions or Z.</summary>
    public const string DatePattern = @"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[Tt ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.(?<fraction>\d{1,9}))?)?\s*(?<zone>[Zz]|[+-]\d{2}:?\d{2})?)?$";

    /// <summary>A release ends with its partners' boilerplates unless it says <c>boilerplates: false</c>.</summary>
    public const bool BoilerplatesByDefault = true;

    /// <summary>How the browser editor writes a date (Day.js tokens): a form the build reads, in the site's time zone.</summary>
    public const string EditorDateFormat = "YYYY-MM-DD HH:mm";
}
