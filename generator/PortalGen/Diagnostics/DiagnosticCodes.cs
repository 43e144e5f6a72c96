namespace PortalGen.Diagnostics;

/// <summary>
/// Every diagnostic code in one place, so each stays unique and the README can list them.
/// PG00xx: input that cannot be read; PG01xx: front matter; PG02xx: registries and settings;
/// PG03xx: site-wide rules; PG04xx: templates; PG05xx: output; PG06xx: links in the rendered pages.
/// </summary>
public static class DiagnosticCodes
{
    public const string MissingFolder = "PG0001";
    public const string UnreadableFile = "PG0002";
    public const string NotUtf8 = "PG0003";
    public const string MissingSiteFile = "PG0004";
    public const string StrayContentFile = "PG0005";
    public const string ReleaseExists = "PG0006";
    public const string NullByte = "PG0007";
    public const string FileTooLarge = "PG0008";
    public const string SymbolicLink = "PG0009";
    public const string DuplicateFileName = "PG0010";
    public const string InvalidOption = "PG0011";
    public const string NotARegularFile = "PG0012";

    public const string FrontMatterMissing = "PG0101";
    public const string FrontMatterUnclosed = "PG0102";
    public const string YamlSyntax = "PG0103";
    public const string FrontMatterNotMapping = "PG0104";
    public const string MissingField = "PG0105";
    public const string WrongType = "PG0106";
    public const string InvalidDate = "PG0107";
    public const string InvalidSlug = "PG0108";
    public const string DuplicateKey = "PG0109";
    public const string RawHtmlOmitted = "PG0110";
    public const string UnknownMenu = "PG0111";
    public const string MissingLinkTarget = "PG0112";
    public const string UnpublishedLinkTarget = "PG0113";
    public const string InvalidAlias = "PG0114";
    public const string ImageWithoutAltText = "PG0115";
    public const string TitleTooLong = "PG0116";
    public const string UnsafeLink = "PG0117";
    public const string MarkdownTooDeep = "PG0118";
    public const string YamlTooDeep = "PG0119";
    public const string TomlSyntax = "PG0120";
    public const string RepeatedId = "PG0121";
    public const string MarkdownTooCostly = "PG0122";
    public const string DamagedImage = "PG0123";
    public const string UnsupportedImage = "PG0124";
    public const string ImageTooLarge = "PG0125";
    public const string ImageNameMisleads = "PG0126";
    public const string ImageWithoutCredit = "PG0127";
    public const string ImageTooSmall = "PG0128";
    public const string InvalidImageFocus = "PG0129";
    public const string CardGlyphsMissing = "PG0130";
    public const string PlaceholderTextLeft = "PG0131";

    public const string UnknownEventKey = "PG0150";
    public const string EventWithoutStart = "PG0151";
    public const string EventEndsBeforeStart = "PG0152";
    public const string InvalidEventUrl = "PG0153";
    public const string UnknownEmbed = "PG0180";
    public const string InvalidVideo = "PG0181";
    public const string VideoWithoutTitle = "PG0182";
    public const string VideoWithoutPoster = "PG0183";
    public const string QuoteWithoutSpeaker = "PG0184";
    public const string UnclosedEmbed = "PG0185";
    public const string PdfMissing = "PG0186";
    public const string NotAPdf = "PG0187";
    public const string UnreadablePdf = "PG0188";
    public const string InvalidPdfEmbed = "PG0189";
    // The press office (contacts, boilerplates, research facts).
    public const string UnknownContact = "PG0140";
    public const string ContactInvalid = "PG0141";
    public const string UnknownOrganisation = "PG0142";
    public const string InvalidDoi = "PG0143";
    public const string UnknownFunder = "PG0144";
    public const string BoilerplateInvalid = "PG0145";
    public const string BoilerplatesNotFlag = "PG0146";
    // A release's media kit (downloads:) and its press-kit ZIP.
    public const string DownloadMalformed = "PG0160";
    public const string UnknownDownloadKey = "PG0161";
    public const string DownloadMissing = "PG0162";
    public const string DownloadOutsideBundle = "PG0163";
    public const string DownloadWithoutCredit = "PG0164";
    public const string PressKitTooLarge = "PG0165";
    public const string UnknownBrandSetting = "PG0170";
    public const string InvalidBrandColour = "PG0171";
    public const string BrandFileMissing = "PG0172";
    public const string UnsupportedBrandLogo = "PG0173";
    public const string AccentTooLight = "PG0174";
    // brand.favicon: the source of the favicon set.
    public const string FaviconMissing = "PG0175";
    public const string UnsupportedFavicon = "PG0176";
    public const string DamagedFavicon = "PG0177";
    public const string FaviconNotSquare = "PG0178";
    public const string FaviconTooSmall = "PG0179";
    /// <summary>PG0190–PG0199: site.yml's <c>editor:</c> block, the browser editor at /admin/.</summary>
    public const string EditorSettingInvalid = "PG0190";
    public const string EditorRepositoryMissing = "PG0191";
    public const string EditorScriptUnverified = "PG0192";

    /// <summary>PG0193–PG0198: site.yml's <c>deploy:</c> block and the theme's published assets.</summary>
    public const string DeploySettingInvalid = "PG0193";
    public const string AssetNotMinified = "PG0194";

    public const string UnknownPartner = "PG0201";
    public const string UnknownTopic = "PG0202";
    public const string RegistryEntryInvalid = "PG0203";
    public const string DuplicateRegistryId = "PG0204";
    public const string InvalidSetting = "PG0205";
    public const string UnknownLanguage = "PG0206";
    public const string PartnerLogoMissing = "PG0207";
    public const string UnsupportedPartnerLogo = "PG0208";
    public const string ContactPhotoMissing = "PG0209";
    public const string UnsupportedContactPhoto = "PG0210";

    public const string DuplicateUrl = "PG0301";
    public const string ReservedUrl = "PG0302";
    public const string DuplicateAlias = "PG0303";
    public const string TranslationContradicts = "PG0304";

    public const string TemplateSyntax = "PG0401";
    public const string TemplateRuntime = "PG0402";
    public const string TemplateMissing = "PG0403";
    public const string UiTexts = "PG0404";

    public const string UnsafeOutputFolder = "PG0501";
    public const string ForeignOutputFolder = "PG0502";
    public const string WriteFailed = "PG0503";
    public const string OutputFolderBusy = "PG0504";
    public const string LeftoverNotRemoved = "PG0505";

    public const string BrokenLink = "PG0601";
}
