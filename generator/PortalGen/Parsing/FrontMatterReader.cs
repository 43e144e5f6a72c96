using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// Maps a front matter block, YAML or TOML, onto <see cref="FrontMatter"/>, reporting every wrong field in one pass.
/// Both languages arrive as one positioned node tree, so each field is read, typed and reported once.
/// </summary>
internal static class FrontMatterReader
{
    public static FrontMatter? Read(SplitDocument document, string displayPath, TimeZoneInfo siteZone, DiagnosticBag diagnostics)
    {
        var tree = document.Format == FrontMatterFormat.Toml
            ? TomlDocumentLoader.Load(document.FrontMatter, displayPath, document.FrontMatterLineOffset, diagnostics)
            : FlatYamlLoader.TryLoad(document.FrontMatter, displayPath, document.FrontMatterLineOffset)
                ?? (YamlDocumentLoader.Load(document.FrontMatter, displayPath, document.FrontMatterLineOffset, diagnostics) is { } root ? new PositionedYaml(root) : null);
        if (tree is null)
        {
            return null;
        }

        var fields = new YamlFieldReader(displayPath, document.FrontMatterLineOffset, diagnostics, tree.Positions);
        var mapping = fields.AsMapping(tree.Root, "front matter");
        if (mapping is null)
        {
            return null;
        }

        // Each field into its own local and one record at the end: a record copied with 'with' for every key
        // was some 4 KB per release, thrown away at once.
        Field<string>? title = null, image = null, imageFocus = null, slug = null, menu = null;
        Field<PublishDate>? date = null, lastModified = null, embargo = null, expires = null;
        string? author = null, summary = null, location = null, imageAlt = null, imageCredit = null, imageLicense = null;
        ImmutableArray<Field<string>> partners = [], topics = [], aliases = [];
        ImmutableArray<Field<string>> contacts = [];
        var research = ResearchFields.None;
        ImmutableArray<DownloadEntry> downloads = [];
        var draft = false;
        var boilerplates = FrontMatterRules.BoilerplatesByDefault;
        EventFrontMatter? announcedEvent = null;
        ImmutableSortedDictionary<string, object?>.Builder? parameters = null;
        var keys = ImmutableArray.CreateBuilder<string>(mapping.Children.Count);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!YamlFieldReader.IsNull(value))
            {
                keys.Add(key);
            }

            switch (key)
            {
                case "title": title = fields.ReadText(value, key); break;
                case "date": date = ReadDate(fields, value, key, siteZone); break;
                case "lastmod": lastModified = ReadDate(fields, value, key, siteZone); break;
                case "author": author = fields.ReadText(value, key)?.Value; break;
                case "partners": partners = fields.ReadTextList(value, key); break;
                case "topics": topics = fields.ReadTextList(value, key); break;
                case "contacts": contacts = fields.ReadTextList(value, key); break;
                case "boilerplates": boilerplates = fields.ReadBool(value, key, DiagnosticCodes.BoilerplatesNotFlag) ?? FrontMatterRules.BoilerplatesByDefault; break;
                case "doi" or "publication" or "funders": research = ResearchFieldsReader.Read(research, fields, key, value); break;
                case "summary": summary = fields.ReadText(value, key)?.Value; break;
                case "location": location = fields.ReadText(value, key)?.Value; break;
                case "image": image = fields.ReadText(value, key); break;
                case "image_alt": imageAlt = fields.ReadText(value, key)?.Value; break;
                case "image_focus": imageFocus = fields.ReadText(value, key); break;
                case "image_credit": imageCredit = fields.ReadText(value, key)?.Value; break;
                case "image_license": imageLicense = fields.ReadText(value, key)?.Value; break;
                case "slug": slug = fields.ReadText(value, key); break;
                case "draft": draft = fields.ReadBool(value, key) ?? false; break;
                case "embargo": embargo = ReadDate(fields, value, key, siteZone); break;
                case "expires": expires = ReadDate(fields, value, key, siteZone); break;
                case "aliases": aliases = fields.ReadTextList(value, key); break;
                case "menu": menu = fields.ReadText(value, key); break;
                case "event": announcedEvent = EventFrontMatterReader.Read(fields, keyNode, value, siteZone); break;
                case DownloadsReader.Key: downloads = DownloadsReader.Read(fields, value); break;
                default:
                    // Most releases have no key of their own: no dictionary is made for them.
                    parameters ??= FrontMatter.NoParams.ToBuilder();
                    parameters[key] = fields.ReadPlainValue(value, key);
                    break;
            }
        }

        return new FrontMatter
        {
            Start = new SourceSpan(displayPath, 1, 1),
            Keys = keys.DrainToImmutable(),
            Title = title,
            Date = date,
            LastModified = lastModified,
            Author = author,
            Partners = partners,
            Topics = topics,
            Contacts = contacts,
            Boilerplates = boilerplates,
            Research = research,
            Summary = summary,
            Location = location,
            Image = image,
            ImageAlt = imageAlt,
            ImageFocus = imageFocus,
            ImageCredit = imageCredit,
            ImageLicense = imageLicense,
            Slug = slug,
            Draft = draft,
            Embargo = embargo,
            Expires = expires,
            Aliases = aliases,
            Menu = menu,
            Event = announcedEvent,
            Downloads = downloads,
            Params = parameters?.ToImmutable() ?? FrontMatter.NoParams,
        };
    }

    internal static Field<PublishDate>? ReadDate(YamlFieldReader fields, YamlNode value, string key, TimeZoneInfo siteZone)
    {
        if (fields.ReadText(value, key) is not { } text)
        {
            return null;
        }

        if (PublishDateParser.Parse(text.Value, siteZone, out var outOfRange) is { } date)
        {
            return new Field<PublishDate>(date, text.Span);
        }

        if (outOfRange)
        {
            fields.Diagnostics.Error(DiagnosticCodes.InvalidDate, text.Span, PublishDateRange.Message($"'{key}'", text.Value), PublishDateRange.Hint);
            return null;
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidDate, text.Span, $"'{key}' is not a valid date: '{text.Value}'", PublishDateParser.Hint);
        return null;
    }
}
