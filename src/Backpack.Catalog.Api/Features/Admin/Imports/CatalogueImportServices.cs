namespace Backpack.Catalog.Api.Features.Admin.Imports;

public static class CatalogueImportServices
{
    public static IServiceCollection AddCatalogueImports(this IServiceCollection services)
    {
        services.AddOptions<CatalogueImportOptions>().BindConfiguration(CatalogueImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<CatalogueImporter>();
    }
}
