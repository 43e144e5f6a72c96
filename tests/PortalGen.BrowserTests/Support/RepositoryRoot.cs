namespace PortalGen.BrowserTests.Support;

/// <summary>The clone the tests run from: the nearest folder above the test assembly that holds PortalGen.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "PortalGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no PortalGen.sln above {AppContext.BaseDirectory}");
    }
}
