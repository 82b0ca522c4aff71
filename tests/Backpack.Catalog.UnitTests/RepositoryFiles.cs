using System.Reflection;

namespace Backpack.Catalog.UnitTests;

/// <summary>Files of this repository (its root is stamped into the assembly by the build), for tests that keep documentation and code in step.</summary>
internal static class RepositoryFiles
{
    public static readonly string Root =
        typeof(RepositoryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string ReadAllText(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath)).ReplaceLineEndings("\n");
}
