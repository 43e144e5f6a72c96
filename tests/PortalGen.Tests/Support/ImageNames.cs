using System.Text.RegularExpressions;

namespace PortalGen.Tests.Support;

/// <summary>Variant names hash the photo's bytes and the recipe; tests compare them with the hash written as HASH.</summary>
internal static partial class ImageNames
{
    public static string WithoutHash(string? url) => Hash().Replace(url ?? "", ".HASH.");

    [GeneratedRegex(@"\.[0-9a-f]{10}\.(?=(?:webp|jpg|png|ico)(?:$|[?# ,]))")]
    private static partial Regex Hash();
}
