using System.Runtime.InteropServices;
using System.Security.Cryptography;
using PortalGen.Loading;

namespace PortalGen.Output;

/// <summary>
/// A SHA-256 over everything a build's output depends on except the clock: the generator itself (its
/// module version id changes with any change to its code or embedded theme), the options that change
/// output or messages, and every input file's path and bytes. Equal fingerprints mean equal output,
/// as long as "now" stays within the previous build's <see cref="Validation.PublicationWindow"/>.
/// </summary>
public static class InputFingerprint
{
    public static string Of(SiteSource source, BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        // Paths are hashed as diagnostics show them (relative to DisplayRoot), so a moved site keeps its output.
        Add(hash, $"{options.BaseUrl}|{options.IncludeDrafts}|{options.IncludeFuture}|{options.Strict}");
        foreach (var file in new[] { source.Settings, source.Partners, source.Topics })
        {
            Add(hash, file);
        }

        foreach (var file in source.Releases.Concat(source.Pages).Concat(source.SiteTemplates).Concat(source.TextFiles))
        {
            Add(hash, file);
        }

        foreach (var file in source.StaticFiles)
        {
            Add(hash, file.OutputPath);
            using var stream = file.Open();
            var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Add(hash, bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        }

        foreach (var resource in source.Resources)
        {
            Add(hash, resource.RelativePath);
            Add(hash, File.ReadAllBytes(resource.FullPath));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, SourceFile? file)
    {
        Add(hash, file?.DisplayPath ?? "(none)");
        Add(hash, file?.Text ?? "");
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
