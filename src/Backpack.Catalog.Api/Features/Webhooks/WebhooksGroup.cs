using Backpack.Catalog.Api.Infrastructure.Auth;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Webhooks;

/// <summary>Everything under /v1/webhooks needs a distributor key, and each distributor sees only its own webhooks.</summary>
public sealed class WebhooksGroup : SubGroup<V1>
{
    public WebhooksGroup() => Configure("webhooks", endpoint =>
    {
        endpoint.Policies(AuthPolicies.Distributor);
        endpoint.Description(b => b
            .WithTags("Webhooks")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden));
    });
}
