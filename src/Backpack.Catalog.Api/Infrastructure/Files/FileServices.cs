using Backpack.Catalog.Api.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace Backpack.Catalog.Api.Infrastructure.Files;

/// <summary>Bound from the <c>Files</c> configuration section.</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>The folder the embedded store keeps files in; by default <c>files</c> under Database:DataFolder.</summary>
    public string? Folder { get; set; }
}

public static class FileServices
{
    public static IServiceCollection AddFileStore(this IServiceCollection services)
    {
        services.AddOptions<FileStoreOptions>().BindConfiguration(FileStoreOptions.Section);
        services.AddSingleton<IFileStore>(sp =>
        {
            var folder = sp.GetRequiredService<IOptions<FileStoreOptions>>().Value.Folder
                ?? Path.Combine(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.DataFolder, "files");
            return new FolderFileStore(Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, folder));
        });
        return services;
    }
}
