using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Stock.AdjustStock;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Admin.Audit.ListAuditEntries;

/// <param name="Items">Newest first.</param>
/// <param name="NextCursor">Pass as cursor, with the same filters, for the next (older) page; null on the last page.</param>
public sealed record ListAuditEntriesResponse(
    [property: MaxLength(AdminPageRequest.MaxLimit)] IReadOnlyList<AuditEntryResponse> Items,
    [property: MaxLength(AdminPageRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, AdminPageRequest.MaxLimit)] int Limit)
{
    public static ListAuditEntriesResponse Example => new([AuditEntryResponse.Example], null, AdminPageRequest.DefaultLimit);
}

/// <summary>One audited catalogue change: who made it, when, to what, and each changed field's old and new value.</summary>
/// <param name="Id">Increasing in the order changes were recorded.</param>
/// <param name="OccurredAt">UTC.</param>
/// <param name="Action">What was done: product.created, variant.updated, prices.set, stock.adjusted, freight_lane.deleted … (the enum lists them all).</param>
/// <param name="ResourceType">product, variant, prices, stock, freight_lane, duty_rate or insurance.</param>
/// <param name="ResourceId">The product id for product actions; the SKU for variant, prices and stock; the lane id, country/hsHeading or insurance for reference data.</param>
/// <param name="ProductId">The product the resource belongs to; null for reference data.</param>
/// <param name="Reason">Why, as the admin gave it (required for stock adjustments); null when none was given.</param>
/// <param name="Changes">Each changed field, by name (nested specs as specs.zipper), as { "from": old, "to": new }; from is null when the resource was created.</param>
public sealed record AuditEntryResponse(
    [property: Range(typeof(long), "1", "9223372036854775807")] long Id,
    DateTime OccurredAt,
    AuditActorResponse Actor,
    [property: OneOf(typeof(ListAuditEntriesRequest), nameof(ListAuditEntriesRequest.Actions))] string Action,
    [property: OneOf(typeof(ListAuditEntriesRequest), nameof(ListAuditEntriesRequest.ResourceTypes))] string ResourceType,
    [property: RegularExpression(ListAuditEntriesRequest.ResourceIdPattern), MinLength(ListAuditEntriesRequest.MinResourceIdLength), MaxLength(CatalogueIds.MaxProductIdLength)] string ResourceId,
    [property: Identifier(Ids.Product)] string? ProductId,
    [property: MaxLength(AuditEntryResponse.MaxReasonLength)] string? Reason,
    JsonElement Changes)
{
    /// <summary>The longest reason: a stock adjustment's "delta: " and its reason (an import's and the seed's are shorter).</summary>
    public const int MaxReasonLength = 7 + AdjustStockRequest.MaxReasonLength;


    public static AuditEntryResponse Example => new(
        4127, new DateTime(2026, 3, 14, 9, 30, 0, DateTimeKind.Utc), new AuditActorResponse("k7m2q4x9c3vb", "admin"), "prices.set", "prices",
        "CL-METRO9-BLK", "classic-metro-9", "Supplier price list 2026-Q2",
        JsonSerializer.Deserialize<JsonElement>("""
            {"priceTiers":{"from":[{"minQuantity":100,"unitPriceUsd":9.80},{"minQuantity":300,"unitPriceUsd":9.20}],
                           "to":[{"minQuantity":100,"unitPriceUsd":9.95},{"minQuantity":300,"unitPriceUsd":9.35}]}}
            """));
}

/// <param name="KeyId">The id of the API key that made the change; system for the demo catalogue seed.</param>
/// <param name="Role">The key's role when the change was made: admin, or system for the seed.</param>
public sealed record AuditActorResponse(
    [property: MaxLength(ApiKeyFormat.MaxKeyIdLength)] string KeyId,
    [property: OneOf(typeof(ActorResponse), nameof(ActorResponse.Roles))] string Role);
