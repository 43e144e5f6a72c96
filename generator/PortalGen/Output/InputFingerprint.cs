using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Settings;

namespace PortalGen.Output;

/// <summary>
/// A SHA-256 over everything a build's output depends on except the clock: the generator itself (its
/// module version id changes with any change to its code or embedded theme), the options that change
/// output or messages, and every input file's path and bytes. Equal fingerprints mean equal output,
/// as long as "now" stays within the previous build's <see cref="Modeling.PublicationWindow"/>.
/// </summary>
internal static class InputFingerprint
{
    public static string Of(SiteSource source, BuildOptions options)
    {
        // Each file is hashed on its own, in parallel, and the fingerprint hashes those digests in order: hashing
        // 10,000 releases one after the other kept one core busy while the other waited.
        SourceFile?[] texts = [source.Settings, source.Partners, source.Topics, .. source.Releases, .. source.Pages, .. source.SiteTemplates, .. source.TextFiles];
        var (statics, resources) = (source.StaticFiles, source.Resources);
        var digests = new byte[texts.Length + statics.Length + resources.Length][];
        Parallel.For(0, digests.Length, options.Parallelism, i => digests[i] =
            i < texts.Length ? DigestOf(texts[i])
            : i < texts.Length + statics.Length ? DigestOf(statics[i - texts.Length].OutputPath, statics[i - texts.Length].Image, statics[i - texts.Length].Open)
            : DigestOf(resources[i - texts.Length - statics.Length].RelativePath, resources[i - texts.Length - statics.Length].Image, resources[i - texts.Length - statics.Length].Open));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        // Paths are hashed as diagnostics show them (relative to DisplayRoot), so a moved site keeps its output.
        Add(hash, $"{options.BaseUrl}|{options.IncludeDrafts}|{options.IncludeFuture}|{options.Strict}|{options.PreviewBanner}");
        foreach (var digest in digests)
        {
            hash.AppendData(digest);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static byte[] DigestOf(SourceFile? file) =>
        DigestOf(file?.DisplayPath ?? "(none)", MemoryMarshal.AsBytes((file?.Text ?? "").AsSpan()));

    /// <summary>An image's bytes were digested when it was loaded; photos are most of a site's bytes, so they are not read twice.</summary>
    private static byte[] DigestOf(string path, ImageFacts? image, Func<Stream> open) =>
        image is null ? DigestOf(path, open) : DigestOf(path, MemoryMarshal.AsBytes(("image " + image.Hash).AsSpan()));

    /// <summary>
    /// Hashed a chunk at a time: a static file may be gigabytes. One that cannot be read hashes as such, so the
    /// build goes on to copy it and reports the failure there, with its path.
    /// </summary>
    private static byte[] DigestOf(string path, Func<Stream> open)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, path);
        var buffer = ArrayPool<byte>.Shared.Rent(256 * 1024);
        try
        {
            using var stream = open();
            var length = 0L;
            while (stream.Read(buffer) is > 0 and var read)
            {
                hash.AppendData(buffer, 0, read);
                length += read;
            }

            Add(hash, MemoryMarshal.AsBytes([length]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Add(hash, $"unreadable: {e.Message}");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return hash.GetHashAndReset();
    }

    private static byte[] DigestOf(string path, ReadOnlySpan<byte> bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, path);
        Add(hash, bytes);
        return hash.GetHashAndReset();
    }

    private static void Add(IncrementalHash hash, string text) => Add(hash, MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>Each item is length-prefixed, so no two different sequences of items hash alike.</summary>
    private static void Add(IncrementalHash hash, ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(length, (long)bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
