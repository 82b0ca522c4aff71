using System.Reflection;

namespace Backpack.Catalog.IntegrationTests.Infrastructure;

/// <summary>Paths the test project's build wrote into this assembly's metadata (see the .csproj).</summary>
public static class BuildPaths
{
    public static string RepositoryRoot { get; } = Value("RepositoryRoot");

    public static string NodeToolsFolder { get; } = Value("NodeToolsFolder");

    /// <summary>A file under api-docs, e.g. openapi.json.</summary>
    public static string ApiDocs(string file) => Path.Combine(RepositoryRoot, "api-docs", file);

    private static string Value(string key) =>
        typeof(BuildPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
