using Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;
using Backpack.Catalog.Api.Features.Admin.ApiKeys.ListApiKeys;
using Backpack.Catalog.Api.Features.Admin.ApiKeys.RevokeApiKey;
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
        ExportCatalogueEndpoint.Map(admin);
        ImportCatalogueEndpoint.Map(admin);
    }
}
