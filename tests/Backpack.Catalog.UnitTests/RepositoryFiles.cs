namespace Backpack.Catalog.UnitTests;

/// <summary>Files of this repository, for tests that keep documentation and code in step.</summary>
internal static class RepositoryFiles
{
    public static string ReadAllText(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Backpack.Catalog.sln")))
            {
                return File.ReadAllText(Path.Combine(folder.FullName, relativePath));
            }
        }

        throw new InvalidOperationException($"No Backpack.Catalog.sln above {AppContext.BaseDirectory}.");
    }
}
