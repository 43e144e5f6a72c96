namespace PortalGen.Corpus;

/// <summary>The size of the releases' photos; a camera's 3000×2000 unless a test needs small ones.</summary>
internal readonly record struct PhotoSize(int Width, int Height)
{
    public static readonly PhotoSize Camera = new(3000, 2000);

    /// <summary>"3000x2000"; null unless both are whole numbers from 2 to 20,000.</summary>
    public static PhotoSize? Parse(string text)
    {
        var parts = text.Split('x');
        return parts.Length == 2 && Side(parts[0]) is { } width && Side(parts[1]) is { } height ? new PhotoSize(width, height) : null;
    }

    private static int? Side(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var side) && side is >= 2 and <= 20_000 ? side : null;

    public override string ToString() => FormattableString.Invariant($"{Width}x{Height}");
}
