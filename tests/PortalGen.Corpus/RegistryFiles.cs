namespace PortalGen.Corpus;

/// <summary>The texts of the site settings, the partner and topic registries and the partners' logos.</summary>
internal static class RegistryFiles
{
    /// <summary>PortalGen's site.yml; the Hugo peer's hugo.yaml holds the same title and address.</summary>
    public const string SiteYaml = "title: \"Research Consortium News\"\nbase_url: https://news.example.org/\nlanguages: [en]\npaging: 20\n";

    public static string PartnersYaml() =>
        string.Concat(Partner.All.Select(partner =>
            $"- id: {partner.Id}\n  name: {Yaml.Quoted(partner.Name)}\n  short: {Yaml.Quoted(partner.Short)}\n  kind: {partner.Kind}\n"
            + $"  url: {partner.Url}\n  logo: /logos/{partner.Id}.svg\n  location: {Yaml.Quoted(partner.Location)}\n"
            + $"  description: {Yaml.Quoted(partner.Description)}\n"));

    public static string TopicsYaml() =>
        string.Concat(Topic.All.Select(topic => $"- id: {topic.Id}\n  name: {Yaml.Quoted(topic.Name)}\n  description: {Yaml.Quoted(topic.Description)}\n"));

    /// <summary>A small badge with the partner's initials, so that every logo the registry names exists as on a real site.</summary>
    public static string LogoSvg(Partner partner)
    {
        var initials = string.Concat(partner.Short.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => char.IsLetter(word[0])).Select(word => word[0])).ToUpperInvariant();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"60\" viewBox=\"0 0 120 60\">"
            + "<rect width=\"120\" height=\"60\" rx=\"6\" fill=\"#1d4e89\"/><text x=\"60\" y=\"38\" font-size=\"22\" "
            + $"text-anchor=\"middle\" fill=\"#fff\" font-family=\"sans-serif\">{initials[..Math.Min(3, initials.Length)]}</text></svg>\n";
    }
}
