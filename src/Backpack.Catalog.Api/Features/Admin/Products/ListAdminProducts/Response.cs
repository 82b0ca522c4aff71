using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Http;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
namespace Backpack.Catalog.Api.Features.Admin.Products.ListAdminProducts;

/// <param name="Href">The product's admin resource, with its ETag.</param>
public sealed record AdminProductSummary(
    [property: Identifier(Ids.Product)] string Id,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Categories))] string Category,
    [property: OneOf(typeof(ProductStatuses), nameof(ProductStatuses.All))] string Status,
    [property: MaxLength(CatalogueRules.MaxNameLength)] string Name,
    [property: Range(0, int.MaxValue)] int Variants,
    [property: Range(0, int.MaxValue)] int ActiveVariants,
    [property: Range(1, int.MaxValue)] int Version,
    DateTime UpdatedAt,
    [property: MaxLength(AdminProductSummary.MaxHrefLength), RegularExpression("^/v1/admin/products/[a-z0-9-]+$")] string Href)
{
    /// <summary>/v1/admin/products/{id}.</summary>
    public const int MaxHrefLength = 19 + CatalogueIds.MaxProductIdLength;
}

/// <param name="NextCursor">Pass as cursor for the next page; null on the last page.</param>
public sealed record ListAdminProductsResponse(
    [property: MaxLength(AdminPageRequest.MaxLimit)] IReadOnlyList<AdminProductSummary> Items,
    [property: MaxLength(AdminPageRequest.MaxCursorLength), RegularExpression(CursorCodec.Pattern)] string? NextCursor,
    [property: Range(1, AdminPageRequest.MaxLimit)] int Limit)
{
    public static ListAdminProductsResponse Example => new(
        [new AdminProductSummary("classic-harbour-9", "classic", "draft", "Harbour Classic Mini 9 L", 1, 1, 2,
            DocumentExamples.UpdatedAt, "/v1/admin/products/classic-harbour-9")],
        "eyJmIjoiZHJhZnR8Y2xhc3NpYyIsImEiOiJjbGFzc2ljLWhhcmJvdXItOSJ9", 50);
}
