namespace PortalGen.Model;

/// <summary>Who made a photo and on what terms it may be used: shown under it and written into JSON-LD.</summary>
/// <param name="Credit">"Photo: Jane Doe / MPI-IS", from image_credit: or the photo's IPTC/XMP.</param>
/// <param name="License">An SPDX id (CC-BY-4.0) or a URL, from image_license: or the photo's XMP.</param>
/// <param name="Copyright">The copyright notice from the photo's IPTC/XMP, when it has one.</param>
internal sealed record ImageCredit(string? Credit, string? License, string? Copyright);
