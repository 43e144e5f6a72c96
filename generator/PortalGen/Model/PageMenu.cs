namespace PortalGen.Model;

/// <summary>Where the theme links a plain page from; set with <c>menu:</c> in the page's front matter.</summary>
internal enum PageMenu
{
    /// <summary>The header navigation, after News, Partners, Topics and Search.</summary>
    Main,

    /// <summary>The footer, for legal notice, privacy and the like.</summary>
    Footer,

    /// <summary>Not linked from any menu; reachable by its URL and from other pages.</summary>
    None,
}
