using SkiaSharp;

namespace PortalGen.Corpus;

/// <summary>
/// A stand-in for a camera photo: a plasma fractal per colour channel (midpoint displacement, the noise shrinking
/// with each halving as in ImageMagick's plasma:fractal, which the first benchmark corpus used), so the JPEG holds
/// detail at every scale and costs an encoder and a decoder what a photo does. Integer arithmetic throughout, so a
/// seed draws the same pixels on every machine.
/// </summary>
internal static class PlasmaPhoto
{
    private const int Full = ushort.MaxValue;

    /// <summary>Quality 90 with full-resolution colour, as ImageMagick writes at that quality.</summary>
    public static byte[] Jpeg(int width, int height, ulong seed)
    {
        var random = new CorpusRandom(seed);
        var red = Channel(width, height, random);
        var green = Channel(width, height, random);
        var blue = Channel(width, height, random);
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var pixels = bitmap.GetPixelSpan();
        for (var i = 0; i < red.Length; i++)
        {
            pixels[i * 4] = (byte)(red[i] >> 8);
            pixels[(i * 4) + 1] = (byte)(green[i] >> 8);
            pixels[(i * 4) + 2] = (byte)(blue[i] >> 8);
            pixels[(i * 4) + 3] = byte.MaxValue;
        }

        using var data = bitmap.PeekPixels().Encode(new SKJpegEncoderOptions(90, SKJpegEncoderDownsample.Downsample444, SKJpegEncoderAlphaOption.Ignore))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the photo");
        return data.ToArray();
    }

    /// <summary>
    /// One channel, 0–65535: random corners, then level by level the midpoints of every edge and cell between the
    /// points known so far, each the mean of its neighbours plus noise that narrows with each level.
    /// </summary>
    private static ushort[] Channel(int width, int height, CorpusRandom random)
    {
        var values = new ushort[width * height];
        Point[] columns = [new(0, false), new(width - 1, false)];
        Point[] rows = [new(0, false), new(height - 1, false)];
        foreach (var x in columns)
        {
            foreach (var y in rows)
            {
                values[(y.Position * width) + x.Position] = (ushort)random.Below(Full + 1);
            }
        }

        for (var level = 1; HasGap(columns) || HasGap(rows); level++)
        {
            var spread = Spread(level);
            columns = Halved(columns);
            rows = Halved(rows);
            int[] allColumns = [.. Enumerable.Range(0, columns.Length)];
            int[] newColumns = [.. allColumns.Where(i => columns[i].IsNew)];
            for (var j = 0; j < rows.Length; j++)
            {
                // A new point lies between two points of the level before, which are its neighbours.
                var row = rows[j];
                var top = rows[row.IsNew ? j - 1 : j].Position * width;
                var bottom = rows[row.IsNew ? j + 1 : j].Position * width;
                var here = row.Position * width;
                foreach (var i in row.IsNew ? allColumns : newColumns)
                {
                    var column = columns[i];
                    var left = columns[column.IsNew ? i - 1 : i].Position;
                    var right = columns[column.IsNew ? i + 1 : i].Position;
                    var sum = values[top + left] + values[top + right] + values[bottom + left] + values[bottom + right];
                    var noise = random.Below(spread + 1) - (spread / 2);
                    values[here + column.Position] = (ushort)Math.Clamp((sum / 4) + noise, 0, Full);
                }
            }
        }

        return values;
    }

    /// <summary>
    /// ImageMagick's spread is Full / (2 × level); 1.4 times that gives JPEGs of its photos' size (3000×2000: 1.9 MB,
    /// theirs 1.6–2.1) and nearly their detail (mean difference of pixels 1, 2, 8 and 64 apart: 3.1, 4.8, 7.5 and 12.4
    /// levels, theirs 3.2–3.4, 4.7–5.1, 7.2–8.2 and 13.6–15.7).
    /// </summary>
    private static int Spread(int level) => Full * 7 / (10 * level);

    private static bool HasGap(Point[] points) => points.Zip(points.Skip(1)).Any(pair => pair.Second.Position - pair.First.Position >= 2);

    /// <summary>The points of the level before, with the middle of each gap wider than one pixel inserted as new.</summary>
    private static Point[] Halved(Point[] points)
    {
        var halved = new List<Point>(points.Length * 2);
        for (var i = 0; i < points.Length - 1; i++)
        {
            halved.Add(points[i] with { IsNew = false });
            if (points[i + 1].Position - points[i].Position >= 2)
            {
                halved.Add(new((points[i].Position + points[i + 1].Position) / 2, true));
            }
        }

        halved.Add(points[^1] with { IsNew = false });
        return [.. halved];
    }

    /// <summary>A column or row of the grid, and whether this level added it.</summary>
    private readonly record struct Point(int Position, bool IsNew);
}
