using BenchmarkDotNet.Attributes;
using PortalGen.Imaging;
using PortalGen.Model;

namespace PortalGen.Benchmarks;

/// <summary>
/// One 3000×2000 camera JPEG made into every file a lead photo becomes with the default settings (WebP and JPEG
/// at 480, 960 and 1920 px, the three share crops, the thumbnail in two formats): the work a cold build does per
/// photo. The photo is seeded noise over gradients, which compresses as badly as a real photo's detail.
/// <c>dotnet run -c Release --project tests/PortalGen.Benchmarks -- --filter '*ImageBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class ImageBenchmarks
{
    private byte[] photo = [];
    private ImageRecipe[] recipes = [];

    [GlobalSetup]
    public void Setup()
    {
        photo = BenchmarkPhoto.Jpeg(3000, 2000, seed: 7);
        var facts = ImageFactsReader.Read("lead.jpg", photo);
        var settings = new ImageSettings();
        recipes =
        [
            .. ImagePlanner.Responsive("lead.jpg", facts, settings).All.Select(variant => variant.Recipe),
            .. ImagePlanner.ShareCrops("lead.jpg", facts, FocusPoint.Centre, settings).Select(variant => variant.Recipe),
            .. ImagePlanner.Thumbnail("lead.jpg", facts, FocusPoint.Centre, settings).All.Select(variant => variant.Recipe),
        ];
    }

    [Benchmark(Description = "Images: one 3000×2000 JPEG into its 11 default variants")]
    public byte[][] MakeLeadPhoto() => ImageProcessor.Make(photo, recipes, 100_000_000);
}
