namespace PortalGen.Parsing;

/// <summary>The language of a front matter block, told by its fence: <c>---</c> YAML, <c>+++</c> TOML.</summary>
internal enum FrontMatterFormat
{
    Yaml,
    Toml,
}
