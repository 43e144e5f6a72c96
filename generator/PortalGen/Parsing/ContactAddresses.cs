using System.Text.RegularExpressions;

namespace PortalGen.Parsing;

/// <summary>The forms an e-mail address and a phone number of contacts.yml must have to become mailto: and tel: links.</summary>
internal static partial class ContactAddresses
{
    public static bool IsEmail(string text) => EmailPattern().IsMatch(text);

    /// <summary>A number as people write it: an optional plus, digits, and spaces, hyphens, dots, slashes or brackets between them.</summary>
    public static bool IsPhone(string text) => PhonePattern().IsMatch(text) && text.Count(char.IsAsciiDigit) >= 5;

    // One @, a dotted domain, and nothing a mailto: link or a vCard would have to escape.
    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()./-]*[0-9]$")]
    private static partial Regex PhonePattern();
}
