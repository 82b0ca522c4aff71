using Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;
using Backpack.Catalog.Api.Features.Admin.ApiKeys.ListApiKeys;
using Backpack.Catalog.Api.Features.Admin.ApiKeys.RevokeApiKey;
using Backpack.Catalog.Api.Features.Admin.Audit.ListAuditEntries;
using Backpack.Catalog.Api.Features.Admin.Distributors.CreateDistributor;
using Backpack.Catalog.Api.Features.Admin.Distributors.GetDistributor;
using Backpack.Catalog.Api.Features.Admin.Distributors.ListDistributors;
using Backpack.Catalog.Api.Features.Admin.Erp.GetOutboxSummary;
using Backpack.Catalog.Api.Features.Admin.Erp.ListDeadLetters;
using Backpack.Catalog.Api.Features.Admin.Erp.RedriveAllDeadLetters;
using Backpack.Catalog.Api.Features.Admin.Erp.RedriveDeadLetter;
using Backpack.Catalog.Api.Features.Admin.Imports.ExportCatalogue;
using Backpack.Catalog.Api.Features.Admin.Imports.ImportCatalogue;
using Backpack.Catalog.Api.Features.Admin.Orders.ChangeOrderStatus;
using Backpack.Catalog.Api.Features.Admin.Orders.GetAdminOrder;
using Backpack.Catalog.Api.Features.Admin.Products.ChangeProductStatus;
using Backpack.Catalog.Api.Features.Admin.Products.CreateProduct;
using Backpack.Catalog.Api.Features.Admin.Products.GetAdminProduct;
using Backpack.Catalog.Api.Features.Admin.Products.ListAdminProducts;
using Backpack.Catalog.Api.Features.Admin.Products.SetProductSpecs;
using Backpack.Catalog.Api.Features.Admin.Products.UpdateProduct;
using Backpack.Catalog.Api.Features.Admin.Prices.SetPriceTiers;
using Backpack.Catalog.Api.Features.Admin.Stock.AdjustStock;
using Backpack.Catalog.Api.Features.Admin.Variants.ChangeVariantStatus;
using Backpack.Catalog.Api.Features.Admin.Variants.CreateVariant;
using Backpack.Catalog.Api.Features.Admin.Variants.GetAdminVariant;
using Backpack.Catalog.Api.Features.Admin.Variants.UpdateVariant;
using Backpack.Catalog.Api.Infrastructure.Auth;

namespace Backpack.Catalog.Api.Features.Admin;

/// <summary>Everything under /v1/admin needs an admin key; distributor and storefront keys get 403.</summary>
public static class AdminGroup
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var admin = v1.MapGroup("/admin")
            .RequireAuthorization(AuthPolicies.Admin)
            .WithTags("Admin")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        CreateProductEndpoint.Map(admin);
        ListAdminProductsEndpoint.Map(admin);
        GetAdminProductEndpoint.Map(admin);
        UpdateProductEndpoint.Map(admin);
        SetProductSpecsEndpoint.Map(admin);
        ChangeProductStatusEndpoint.Map(admin);
        CreateVariantEndpoint.Map(admin);
        GetAdminVariantEndpoint.Map(admin);
        UpdateVariantEndpoint.Map(admin);
        ChangeVariantStatusEndpoint.Map(admin);
        SetPriceTiersEndpoint.Map(admin);
        AdjustStockEndpoint.Map(admin);
        CreateDistributorEndpoint.Map(admin);
        ListDistributorsEndpoint.Map(admin);
        GetDistributorEndpoint.Map(admin);
        CreateApiKeyEndpoint.Map(admin);
        ListApiKeysEndpoint.Map(admin);
        RevokeApiKeyEndpoint.Map(admin);
        GetAdminOrderEndpoint.Map(admin);
        ChangeOrderStatusEndpoint.Map(admin);
        GetOutboxSummaryEndpoint.Map(admin);
        ListDeadLettersEndpoint.Map(admin);
        RedriveAllDeadLettersEndpoint.Map(admin);
        RedriveDeadLetterEndpoint.Map(admin);
        ListAuditEntriesEndpoint.Map(admin);
        ExportCatalogueEndpoint.Map(admin);
        ImportCatalogueEndpoint.Map(admin);
    }
}
