namespace Backpack.Catalog.Api.Features.Catalogue.ListCategories;

public sealed record ListCategoriesResponse(IReadOnlyList<CategoryResponse> Items);

/// <param name="Key">Family key, usable as the <c>category</c> filter of GET /v1/products.</param>
/// <param name="ProductCount">Published products in the family.</param>
/// <param name="VariantCount">SKUs across those products.</param>
public sealed record CategoryResponse(string Key, string Name, string Description, int ProductCount, int VariantCount);
