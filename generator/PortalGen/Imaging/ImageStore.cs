using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Imaging;

/// <summary>
/// Where made variants are kept: a cache folder that outlives builds (photos are decoded and social cards drawn
/// once, not every build), or memory for a build without one. A variant's file name is its key, since it hashes
/// what it is made from (the photo's bytes, or all a card shows) and the recipe. Each photo is made at most once at a time: a build makes them all
/// before any file is copied, beside its pages (<see cref="Make(PublishedImage, DiagnosticBag)"/>); the preview makes one when a browser first asks for any of its variants.
/// </summary>
internal sealed partial class ImageStore
{
    private readonly string? folder;
    private readonly long maxPixels;
    private readonly ConcurrentDictionary<string, byte[]> inMemory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IOException?>> making = new(StringComparer.Ordinal);

    /// <param name="folder">The cache folder, made when first written; null to keep variants in memory.</param>
    public ImageStore(string? folder, long maxPixels)
    {
        this.folder = folder;
        this.maxPixels = maxPixels;
    }

    public string? Folder => folder;

    public long MaxPixels => maxPixels;

    /// <summary>Opens a variant's bytes, making the photo's variants first when they are not stored yet.</summary>
    /// <exception cref="ImageProcessingException">The photo cannot be made into variants.</exception>
    public Stream Open(PublishedImage image, ImageVariant variant)
    {
        if (Make(image) is { } failure)
        {
            throw failure;
        }

        return folder is null
            ? new MemoryStream(inMemory[variant.FileName], writable: false)
            : File.OpenRead(Path.Combine(folder, variant.FileName));
    }

    /// <summary>Makes a photo's missing variants; one that cannot be made is an error where it was named.</summary>
    public void Make(PublishedImage image, DiagnosticBag diagnostics) => Report(image, Make(image), diagnostics);

    /// <summary>
    /// For a check, which writes nothing: a photo with variants not yet stored is decoded at its smallest scale, so
    /// that a damaged or truncated one is the error a build would give, not a surprise after the check passed.
    /// Stored variants were made from these very bytes (their names hash them): such a photo decodes.
    /// </summary>
    public void Verify(PublishedImage image, DiagnosticBag diagnostics)
    {
        if (image.Source is PhotoSource photo && !image.Variants.All(variant => IsStored(variant.FileName)))
        {
            Report(image, Attempt(() => ImageProcessor.Verify(Read(photo.Photo), maxPixels)), diagnostics);
        }
    }

    private static void Report(PublishedImage image, IOException? failure, DiagnosticBag diagnostics)
    {
        if (failure is not null)
        {
            // A file that could not be read is not damaged: it went or changed while the site was built.
            var (code, hint) = failure is ImageProcessingException ? image.Source.WhenDamaged : (DiagnosticCodes.UnreadableFile, "build again; if it fails again, check the file and its permissions");
            diagnostics.Error(code, image.ReferencedAt, $"{image.Source.Origin} cannot be published: {failure.Message}", hint);
        }
    }

    /// <summary>
    /// Deletes the cached variants no build of this site used last: a photo replaced or removed leaves its old
    /// variants behind otherwise. Only files named as variants are touched, whatever else the folder holds.
    /// </summary>
    public void Prune(IEnumerable<string> used)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        var keep = used.ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (VariantName().IsMatch(name) && !keep.Contains(name))
            {
                File.Delete(file);
            }
        }
    }

    private IOException? Make(PublishedImage image)
    {
        var missing = image.Variants.Where(variant => !IsStored(variant.FileName)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        // Two pages naming the same photo with the same variants wait for one decode; the names hash what they are made from.
        var key = string.Join('|', missing.Select(variant => variant.FileName));
        var made = making.GetOrAdd(key, _ => new Lazy<IOException?>(() => MakeNow(image.Source, missing))).Value;
        making.TryRemove(key, out _);
        return made;
    }

    /// <returns>Null when made; why not otherwise: the picture is damaged (<see cref="ImageProcessingException"/>) or could not be read.</returns>
    private IOException? MakeNow(ImageSource source, List<ImageVariant> variants)
    {
        byte[][] made = [];
        var failure = Attempt(() => made = source switch
        {
            PhotoSource photo => ImageProcessor.Make(Read(photo.Photo), [.. variants.Select(variant => variant.Recipe)], maxPixels),

            // A drawing is one file: its variant's recipe is the drawing's own size and format.
            Drawing drawing => [drawing.Draw()],
            _ => throw new InvalidOperationException($"no way to make {source.GetType().Name}"),
        });
        if (failure is not null)
        {
            return failure;
        }

        for (var i = 0; i < variants.Count; i++)
        {
            Store(variants[i].FileName, made[i]);
        }

        return null;
    }

    /// <returns>Null when <paramref name="decode"/> ran through; why not otherwise: the picture is damaged (<see cref="ImageProcessingException"/>) or could not be read.</returns>
    private static IOException? Attempt(Action decode)
    {
        try
        {
            decode();
            return null;
        }
        catch (ImageProcessingException e)
        {
            return e;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The photo or the favicon's source, removed or replaced since it was listed, or unreadable: the editor's
            // file, reported where it is named. A failure to store the variants is the cache's, not theirs.
            return new IOException($"it cannot be read: {e.Message}", e);
        }
    }

    private static byte[] Read(StaticFile photo)
    {
        using var stream = photo.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private bool IsStored(string name) => folder is null ? inMemory.ContainsKey(name) : File.Exists(Path.Combine(folder, name));

    /// <summary>Written beside its final name and moved there, so a killed build never leaves half a variant in the cache.</summary>
    private void Store(string name, byte[] bytes)
    {
        if (folder is null)
        {
            inMemory[name] = bytes;
            return;
        }

        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, Path.Combine(folder, name), overwrite: true);
    }

    [GeneratedRegex(@"^.+\.[0-9]+x[0-9]+\.[0-9a-f]{10}\.(?:webp|jpg|png|ico)$")]
    private static partial Regex VariantName();
}
