using System.CommandLine;
using PortalGen.Settings;

namespace PortalGen.Cli.Commands;

/// <summary>The options every command that reads a site shares, and their translation into <see cref="BuildOptions"/>.</summary>
internal sealed class SiteOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "The content folder (site.yml, partners.yml, topics.yml, news/, pages/, static/)", DefaultValueFactory = _ => "content" };

    public Option<string> Templates { get; } = new("--templates") { Description = "The site's templates folder; the default theme serves what it lacks", DefaultValueFactory = _ => "templates" };

    public SiteOptions()
    {
        // Refused as bad usage (exit 2) before any build, by the rule site.yml's base_url follows.
        BaseUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && Parsing.SiteBaseUrl.Parse(text) is null)
            {
                result.AddError($"{Parsing.SiteBaseUrl.Message("--base-url", text)} ({Parsing.SiteBaseUrl.Hint})");
            }
        });
    }

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Override site.yml's base_url, e.g. for a preview host" };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include releases marked draft: true" };

    public Option<bool> Future { get; } = new("--future") { Description = "Include releases dated or embargoed after now" };

    public NowOption Now { get; } = new();

    public Option<string?> ImageCache { get; } = new("--image-cache") { Description = "Where photos' variants are kept between builds (default: .portalgen-cache/images beside the content folder)" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "List every release left out, with its file and why, and every editor or system file left out" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Content, Templates, BaseUrl, Drafts, Future, ImageCache, Strict, Verbose })
        {
            command.Options.Add(option);
        }

        Now.AddTo(command);
    }

    public BuildOptions ToBuildOptions(ParseResult parsed, string? output) => new()
    {
        ContentDirectory = parsed.GetValue(Content)!,
        TemplatesDirectory = parsed.GetValue(Templates)!,
        OutputDirectory = output,
        BaseUrl = parsed.GetValue(BaseUrl),
        IncludeDrafts = parsed.GetValue(Drafts),
        IncludeFuture = parsed.GetValue(Future),
        Strict = parsed.GetValue(Strict),
        Clock = Now.ClockOf(parsed),
        DisplayRoot = Directory.GetCurrentDirectory(),
        ImageCacheDirectory = parsed.GetValue(ImageCache) ?? DefaultImageCache(parsed.GetValue(Content)!),
    };

    /// <summary>Beside the content folder, not in it (it is no content) nor in the output (which a build replaces whole).</summary>
    private static string DefaultImageCache(string content) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(content)) ?? ".", ".portalgen-cache", "images");
}
