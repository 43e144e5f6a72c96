using System.Collections.Immutable;
using PortalGen.Diagnostics;

namespace PortalGen.Model;

/// <summary>A person journalists may call about a release, from contacts.yml.</summary>
/// <param name="Organisation">The id of the partner the person speaks for.</param>
/// <param name="Phone">As the editor wrote it, for reading; <see cref="TelUri"/> is what a link dials.</param>
/// <param name="Photo">A path below the site root or a URL, as the registry wrote it.</param>
internal sealed record PressContact(
    string Id,
    string Name,
    string? Role,
    string Organisation,
    string Email,
    string Phone,
    string? Photo,
    SourceSpan Span)
{
    /// <summary>Where contacts.yml names the photo, or the entry when it names none.</summary>
    public SourceSpan PhotoSpan { get; init; } = Span;

    /// <summary>The role in the site's other languages, by language code.</summary>
    public ImmutableSortedDictionary<string, string?> Roles { get; init; } = ImmutableSortedDictionary<string, string?>.Empty;

    /// <summary>The number as a tel: URI (RFC 3966): the digits and a leading plus, without the spaces and brackets people read.</summary>
    public string TelUri => "tel:" + new string([.. Phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);

    /// <summary>The contact as a page in the language shows it.</summary>
    public PressContact In(string language) =>
        Roles.TryGetValue(language, out var role) ? this with { Role = role } : this;
}
