using Backpack.Catalog.Api.Features.Admin.ReferenceData;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>
/// The shape of path ids and of the Idempotency-Key and precondition headers, which endpoints bind as plain strings. A path id of any
/// other shape names nothing and answers 404; an ETag header is compared, never parsed, so its only limit is
/// Kestrel's on all request headers together.
/// </summary>
public sealed class ParameterLimitsOperationFilter : IOperationFilter
{
    private static readonly int HeaderMaxLength = new KestrelServerLimits().MaxRequestHeadersTotalSize;

    private static readonly Dictionary<string, (string? Pattern, int MaxLength)> Shapes = new(StringComparer.Ordinal)
    {
        ["productId"] = Identifiers.Shape(Ids.Product),
        ["sku"] = Identifiers.Shape(Ids.Sku),
        ["orderId"] = Identifiers.Shape(Ids.Order),
        ["webhookId"] = Identifiers.Shape(Ids.Webhook),
        ["deliveryId"] = Identifiers.Shape(Ids.Delivery),
        ["messageId"] = Identifiers.Shape(Ids.Message),
        ["keyId"] = Identifiers.Shape(Ids.ApiKey),
        ["distributorId"] = Identifiers.Shape(Ids.Distributor),
        ["laneId"] = (FreightLaneRules.LaneIdPattern, FreightLaneRules.MaxLaneIdLength),
        ["country"] = (Countries.Pattern, Countries.CodeLength),
        ["hsHeading"] = (ReferenceDataRules.HsHeadingPattern, ReferenceDataRules.MaxHsHeadingLength),
        ["optionId"] = (Features.Admin.Customization.CustomizationOptionRules.IdPattern, Features.Admin.Customization.CustomizationOptionRules.MaxIdLength),
        ["design"] = (Features.Pricing.LineCustomizationRequest.DesignPattern, Features.Pricing.LineCustomizationRequest.MaxDesignLength),
        ["certificateId"] = (Features.Compliance.CertificateIds.Pattern, Features.Compliance.CertificateIds.Length),
        ["imageId"] = (Features.Catalogue.Images.ImageIds.Pattern, Features.Catalogue.Images.ImageIds.Length),
        ["fileName"] = (Features.Catalogue.Images.ImageHrefs.FileNamePattern, 69),
        ["requirementId"] = (Features.Compliance.ComplianceLimits.RequirementIdPattern, Features.Compliance.ComplianceLimits.MaxRequirementIdLength),
        ["documentNumber"] = (Features.Orders.Documents.TradeDocumentTypes.NumberPattern, Features.Orders.Documents.TradeDocumentTypes.NumberLength),
        [IdempotencyStore.HeaderName] = (IdempotencyStore.KeyPattern, IdempotencyStore.MaxKeyLength),
        ["key"] = (Features.Admin.Labels.LabelRules.KeyPattern, Features.Admin.Labels.LabelRules.MaxKeyLength),
        ["Accept-Language"] = (null, Features.Catalogue.Localization.LanguageRules.MaxAcceptLanguageLength),
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
                schema.MinLength ??= ValidatorLimits.ShortestMatch(schema.Pattern);
            }
        }
    }
}
