namespace Backpack.Catalog.Api.Features.Admin.Products.ListAdminProducts;

/// <param name="Href">The product's admin resource, with its ETag.</param>
public sealed record AdminProductSummary(string Id, string Category, string Status, string Name, int Variants, int ActiveVariants, int Version, DateTime UpdatedAt, string Href);

/// <param name="NextCursor">Pass as cursor for the next page; null on the last page.</param>
public sealed record ListAdminProductsResponse(IReadOnlyList<AdminProductSummary> Items, string? NextCursor, int Limit)
{
    public static ListAdminProductsResponse Example => new(
        [new AdminProductSummary("classic-harbour-9", "classic", "draft", "Harbour Classic Mini 9 L", 1, 1, 2,
            new DateTime(2026, 11, 2, 16, 5, 0, DateTimeKind.Utc), "/v1/admin/products/classic-harbour-9")],
        "eyJmIjoiZHJhZnR8Y2xhc3NpYyIsImEiOiJjbGFzc2ljLWhhcmJvdXItOSJ9", 50);
}
