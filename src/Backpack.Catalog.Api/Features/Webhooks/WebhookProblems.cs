using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Integrations.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Backpack.Catalog.Api.Features.Webhooks;

/// <summary>The problems webhook endpoints answer with. Another distributor's webhook is 404, exactly like one that does not exist.</summary>
public static class WebhookProblems
{
    public static ProblemHttpResult NotFound(string webhookId) =>
        Problems.NotFound("Webhook not found.", $"You have no webhook {webhookId}. GET /v1/webhooks lists yours; deleted ones are gone.");

    public static ProblemHttpResult DeliveryNotFound(string webhookId, string deliveryId) =>
        Problems.NotFound("Delivery not found.", $"Webhook {webhookId} has no delivery {deliveryId}. GET /v1/webhooks/{webhookId}/deliveries lists them.");

    public static ProblemHttpResult LimitReached() => TypedResults.Problem(
        title: "You have as many webhooks as allowed.",
        detail: $"A distributor may register at most {WebhooksOptions.MaxEndpointsPerDistributor} webhooks. Delete one you no longer use " +
            "(DELETE /v1/webhooks/{webhookId}) and register again; one endpoint can receive every event type.",
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemTypes.WebhookLimit);
}
