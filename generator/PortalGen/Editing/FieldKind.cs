namespace PortalGen.Editing;

/// <summary>What a front matter field holds; it decides the editor's widget and the schema's type alike.</summary>
internal enum FieldKind
{
    /// <summary>One line of text.</summary>
    Line,

    /// <summary>A paragraph (the summary).</summary>
    Paragraph,

    /// <summary>A date in one of the forms the build reads.</summary>
    Date,

    /// <summary>Ids from partners.yml.</summary>
    Partners,

    /// <summary>Ids from topics.yml.</summary>
    Topics,

    /// <summary>A photo: a path relative to the file or below static/.</summary>
    Image,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>A URL segment, as the build's slug rule allows.</summary>
    Slug,

    /// <summary>A list of old paths.</summary>
    Paths,

    /// <summary>One of a fixed set of words.</summary>
    Choice,

    /// <summary>The Markdown after the front matter.</summary>
    Body,
}
