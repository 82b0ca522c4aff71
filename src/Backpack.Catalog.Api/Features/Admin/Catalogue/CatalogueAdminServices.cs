using Backpack.Catalog.Api.Features.Admin.Imports;
using Backpack.Catalog.Api.Features.Customization;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

public static class CatalogueAdminServices
{
    public static IServiceCollection AddCatalogueAdmin(this IServiceCollection services) =>
        services.AddSingleton<CatalogueEditor>().AddSingleton<CustomizationOptionsCache>().AddCatalogueImports();
}
