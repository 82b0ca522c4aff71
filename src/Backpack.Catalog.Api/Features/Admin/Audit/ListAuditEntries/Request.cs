using Backpack.Catalog.Api.Features.Admin.ReferenceData;
using Backpack.Catalog.Api.Features.Trade;
using System.ComponentModel;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Audit.ListAuditEntries;

public sealed class ListAuditEntriesRequest : AdminPageRequest
{
    /// <summary>The resource types the catalogue writer audits.</summary>
    public static readonly string[] ResourceTypes =
    [
        AuditResources.Product, AuditResources.Variant, AuditResources.Prices, AuditResources.Stock, AuditResources.FreightLane,
        AuditResources.DutyRate, AuditResources.Insurance, AuditResources.CustomizationOption, AuditResources.PriceList, AuditResources.Certificate,
        AuditResources.DestinationRequirement, AuditResources.ProductImage, AuditResources.Label,
    ];

    /// <summary>A product id, a SKU, a freight lane's id, a duty rate's country/hsHeading, insurance, a customisation option's id (shaped like a product id), or a distributor's id (its price list).</summary>
    public const int MinResourceIdLength = 3;

    public const string ResourceIdPattern =
        CatalogueIds.ProductIdPattern + "|" + CatalogueIds.SkuPattern + "|" + FreightLaneRules.LaneIdPattern + "|" + DutyRateResponse.IdPattern + "|^dst_[a-z0-9-]{1,44}$|"
        + Compliance.CertificateIds.Pattern + "|" + Compliance.ComplianceLimits.RequirementIdPattern + "|" + Features.Catalogue.Images.ImageIds.Pattern
        + "|^(feature|certification|category)/[A-Za-z0-9-]{2,32}$";

    /// <summary>The actions the catalogue writer records (see <see cref="CatalogueWriter"/>).</summary>
    public static readonly string[] Actions =
    [
        "product.created", "product.updated", "product.status_changed", "variant.created", "variant.updated",
        "variant.status_changed", "prices.set", "stock.adjusted", "freight_lane.created", "freight_lane.updated", "freight_lane.deleted",
        "duty_rate.created", "duty_rate.updated", "duty_rate.deleted", "insurance.created", "insurance.updated",
        "customization_option.created", "customization_option.updated", "customization_option.deleted",
        "price_list.created", "price_list.updated", "price_list.deleted", "certificate.created", "certificate.updated", "certificate.deleted",
        "destination_requirement.created", "destination_requirement.updated", "destination_requirement.deleted",
        "product_image.created", "product_image.updated", "product_image.deleted", "label.created", "label.updated",
    ];

    [Description("Only changes to this product, its SKUs, their prices and stock, e.g. classic-metro-9.")]
    [QueryParam]
    public string? ProductId { get; init; }

    [Description("Only changes of this kind of resource: product, variant, prices, stock, freight_lane, duty_rate, insurance, customization_option, price_list, certificate, destination_requirement, product_image or label.")]
    [QueryParam]
    public string? ResourceType { get; init; }

    [Description("Only changes to this resource: a SKU (its terms, prices or stock), a product id (the product's own record), a freight " +
        "lane's id, a duty rate's country/hsHeading (e.g. KE/4202.92), insurance, a customisation option's id, a distributor's id for its price list, a certificate's id, a destination requirement's id, an image's id or a label's kind/key (e.g. feature/laptop-sleeve).")]
    [QueryParam]
    [System.ComponentModel.DataAnnotations.MinLength(MinResourceIdLength)]
    [System.ComponentModel.DataAnnotations.MaxLength(CatalogueIds.MaxProductIdLength)]
    public string? ResourceId { get; init; }

    [Description("Only this action: product.created, product.updated, product.status_changed, variant.created, variant.updated, " +
        "variant.status_changed, prices.set, stock.adjusted, freight_lane.created, freight_lane.updated, freight_lane.deleted, " +
        "duty_rate.created, duty_rate.updated, duty_rate.deleted, insurance.created, insurance.updated, customization_option.created, " +
        "customization_option.updated, customization_option.deleted, price_list.created, price_list.updated, price_list.deleted, " +
        "certificate.created, certificate.updated, certificate.deleted, destination_requirement.created, destination_requirement.updated, " +
        "destination_requirement.deleted, product_image.created, product_image.updated or product_image.deleted.")]
    [QueryParam]
    public string? Action { get; init; }

    [Description("Only changes made with this API key id (the part of the key between bpk_ and the secret), or system for the demo seed.")]
    [QueryParam]
    public string? ActorKeyId { get; init; }

    [Description("Only changes at or after this instant (ISO 8601 UTC, e.g. 2026-11-01T00:00:00Z).")]
    [QueryParam]
    public DateTimeOffset? From { get; init; }

    [Description("Only changes before this instant (ISO 8601 UTC, exclusive).")]
    [QueryParam]
    public DateTimeOffset? To { get; init; }

    public sealed class Validator : Validator<ListAuditEntriesRequest>
    {
        public Validator()
        {
            AddRules(this);
            RuleFor(r => r.ProductId).Matches(CatalogueIds.ProductIdPattern)
                .WithMessage("productId must be 3 to 64 lowercase letters, digits and single hyphens, e.g. classic-metro-9.");
            RuleFor(r => r.ResourceType).OneOf(ResourceTypes)
                .WithMessage($"Unknown resourceType. Use one of: {string.Join(", ", ResourceTypes)}.");
            RuleFor(r => r.ResourceId).Matches(ResourceIdPattern)
                .WithMessage("resourceId must be a SKU (e.g. CL-METRO9-BLK), a product id (e.g. classic-metro-9), a freight lane id " +
                    "(e.g. cnytn-kemba-sea-lcl), a duty rate (e.g. KE/4202.92) or insurance.");
            RuleFor(r => r.Action).OneOf(Actions)
                .WithMessage($"Unknown action. Use one of: {string.Join(", ", Actions)}.");
            RuleFor(r => r.ActorKeyId).Length(1, 64)
                .WithMessage("actorKeyId must be 1 to 64 characters: a key id, or system.");
            RuleFor(r => r.To).GreaterThan(r => r.From).When(r => r.From is not null && r.To is not null)
                .WithMessage("to must be after from.");
        }
    }
}
