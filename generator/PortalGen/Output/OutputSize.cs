namespace PortalGen.Output;

/// <summary>A count of files and their bytes: what a build wrote, compared with what its output folder holds.</summary>
internal readonly record struct OutputSize(int Files, long Bytes)
{
    public static OutputSize Of(IEnumerable<FileInfo> files)
    {
        var (count, bytes) = (0, 0L);
        foreach (var file in files)
        {
            count++;
            bytes += file.Length;
        }

        return new OutputSize(count, bytes);
    }
}
