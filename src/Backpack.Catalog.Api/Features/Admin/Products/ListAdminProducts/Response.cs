namespace Backpack.Catalog.Api.Features.Admin.Products.ListAdminProducts;

/// <param name="Href">The product's admin resource, with its ETag.</param>
public sealed record AdminProductSummary(string Id, string Category, string Status, string Name, int Variants, int ActiveVariants, int Version, DateTime UpdatedAt, string Href);

/// <param name="NextCursor">Pass as cursor for the next page; null on the last page.</param>
public sealed record ListAdminProductsResponse(IReadOnlyList<AdminProductSummary> Items, string? NextCursor, int Limit);
