using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin;

/// <summary>Everything under /v1/admin needs an admin key; distributor and storefront keys get 403.</summary>
public sealed class AdminGroup : SubGroup<V1>
{
    public AdminGroup() => Configure("admin", endpoint =>
    {
        endpoint.Policies(AuthPolicies.Admin);
        endpoint.Description(b => b
            .WithTags("Admin")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden));
    });
}
