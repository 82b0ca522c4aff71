using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
namespace Backpack.Catalog.Api.Features.Catalogue.ListChanges;

/// <summary>One page of the change feed, oldest change first.</summary>
/// <param name="Changes">Ascending by sequence. Empty when nothing changed since the cursor.</param>
/// <param name="NextCursor">Always present: pass it as since on your next read, whether this page was full or empty.</param>
/// <param name="HasMore">True when more changes are waiting: read again at once with nextCursor. False: you are up to date; poll later.</param>
public sealed record ListChangesResponse(
    [property: MaxLength(ListChangesRequest.MaxLimit)] IReadOnlyList<CatalogueChangeResponse> Changes,
    [property: MaxLength(ListChangesRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string NextCursor,
    bool HasMore)
{
    public static ListChangesResponse Example => new([CatalogueChangeResponse.Example], ChangeCursor.Encode(307), false);
}

/// <summary>
/// A resource that changed. The feed keeps one entry per resource, at its latest change, so a resource appears at most
/// once however often it changed.
/// </summary>
/// <param name="Sequence">The entry's position in the feed; increasing, with gaps. For logging and ordering only: page with nextCursor.</param>
/// <param name="ResourceType">product (the product's own record), variant (a SKU's terms, status or stock) or prices (a SKU's price ladder).</param>
/// <param name="Id">The product id for product entries; the SKU for variant and prices entries.</param>
/// <param name="ProductId">The product the resource belongs to.</param>
/// <param name="Change">upserted: re-read href. removed: the resource is no longer public; delete your copy.</param>
/// <param name="ChangedAt">UTC time of the change.</param>
/// <param name="Href">The public URL to re-read: /v1/products/{id} for products, /v1/variants/{sku} for variants and prices.</param>
public sealed record CatalogueChangeResponse(
    [property: Range(typeof(long), "1", "9223372036854775807")] long Sequence,
    [property: OneOf(typeof(FeedResources), nameof(FeedResources.All))] string ResourceType,
    [property: RegularExpression(CatalogueIds.ProductIdPattern + "|" + CatalogueIds.SkuPattern), MaxLength(CatalogueIds.MaxProductIdLength)] string Id,
    [property: Identifier(Ids.Product)] string ProductId,
    [property: OneOf(typeof(FeedResources), nameof(FeedResources.Changes))] string Change,
    DateTime ChangedAt,
    [property: MaxLength(CatalogueChangeResponse.MaxHrefLength), RegularExpression("^/v1/(products/[a-z0-9-]+|variants/[A-Z0-9-]+)$")] string Href)
{
    /// <summary>The longer of /v1/products/{id} and /v1/variants/{sku}.</summary>
    public const int MaxHrefLength = 13 + CatalogueIds.MaxProductIdLength;


    public static CatalogueChangeResponse Example => new(
        307, "prices", "CL-METRO9-BLK", "classic-metro-9", "upserted", new DateTime(2025, 3, 14, 9, 30, 0, DateTimeKind.Utc), "/v1/variants/CL-METRO9-BLK");
}
