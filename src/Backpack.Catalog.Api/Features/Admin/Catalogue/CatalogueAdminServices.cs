using Backpack.Catalog.Api.Features.Admin.Imports;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

public static class CatalogueAdminServices
{
    public static IServiceCollection AddCatalogueAdmin(this IServiceCollection services) =>
        services.AddSingleton<CatalogueEditor>().AddCatalogueImports();
}
