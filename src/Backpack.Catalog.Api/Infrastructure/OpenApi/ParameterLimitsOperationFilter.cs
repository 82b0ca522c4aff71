using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Admin.ApiKeys.CreateApiKey;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Webhooks;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// The shape of path ids and of the precondition headers, which endpoints bind as plain strings. A path id of any
/// other shape names nothing and answers 404; an ETag header is compared, never parsed, so its only limit is
/// Kestrel's on all request headers together.
/// </summary>
public sealed class ParameterLimitsOperationFilter : IOperationFilter
{
    private static readonly int HeaderMaxLength = new KestrelServerLimits().MaxRequestHeadersTotalSize;

    private static readonly Dictionary<string, (string? Pattern, int MaxLength)> Shapes = new(StringComparer.Ordinal)
    {
        ["productId"] = (CatalogueIds.ProductIdPattern, CatalogueIds.MaxProductIdLength),
        ["sku"] = (CatalogueIds.SkuPattern, CatalogueIds.MaxSkuLength),
        ["orderId"] = (OrderIds.Pattern, OrderIds.Length),
        ["webhookId"] = (WebhookIds.WebhookIdPattern, WebhookIds.IdLength),
        ["deliveryId"] = (WebhookIds.DeliveryIdPattern, WebhookIds.IdLength),
        ["messageId"] = (OrderOutbox.MessageIdPattern, OrderIds.Length),
        ["keyId"] = (ApiKeyFormat.KeyIdPattern, ApiKeyFormat.MaxKeyIdLength),
        ["distributorId"] = (null, CreateApiKeyRequest.MaxDistributorIdLength),
        ["If-Match"] = (null, HeaderMaxLength),
        ["If-None-Match"] = (null, HeaderMaxLength),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In is ParameterLocation.Path or ParameterLocation.Header && parameter.Schema is OpenApiSchema schema
                && Shapes.TryGetValue(parameter.Name!, out var shape))
            {
                schema.Pattern ??= shape.Pattern;
                schema.MaxLength ??= shape.MaxLength;
            }
        }
    }
}
