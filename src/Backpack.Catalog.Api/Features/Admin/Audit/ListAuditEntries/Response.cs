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
/// <param name="Action">product.created, product.updated, product.status_changed, variant.created, variant.updated, variant.status_changed, prices.set or stock.adjusted.</param>
/// <param name="ResourceType">product, variant, prices or stock.</param>
/// <param name="ResourceId">The product id for product actions; the SKU for the others.</param>
/// <param name="ProductId">The product the resource belongs to.</param>
/// <param name="Reason">Why, as the admin gave it (required for stock adjustments); null when none was given.</param>
/// <param name="Changes">Each changed field, by name (nested specs as specs.zipper), as { "from": old, "to": new }; from is null when the resource was created.</param>
public sealed record AuditEntryResponse(
    [property: Range(typeof(long), "1", "9223372036854775807")] long Id,
    DateTime OccurredAt,
    AuditActorResponse Actor,
    [property: OneOf(typeof(ListAuditEntriesRequest), nameof(ListAuditEntriesRequest.Actions))] string Action,
    [property: OneOf(typeof(ListAuditEntriesRequest), nameof(ListAuditEntriesRequest.ResourceTypes))] string ResourceType,
    [property: RegularExpression(CatalogueIds.ProductIdPattern + "|" + CatalogueIds.SkuPattern), MaxLength(CatalogueIds.MaxProductIdLength)] string ResourceId,
    [property: Identifier(Ids.Product)] string ProductId,
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
