namespace PortalGen.Model;

/// <summary>A release's media kit as one ZIP: published beside its page, its length known before it is written.</summary>
internal sealed record PressKit(StaticFile File, long Length)
{
    public const string FileName = "press-kit.zip";
}
