using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.Catalogue.ListProducts;

/// <param name="NextCursor">Pass as <c>cursor</c> to read the next page; null on the last page.</param>
public sealed record ListProductsResponse(IReadOnlyList<ProductSummaryResponse> Items, string? NextCursor, int Limit);

/// <param name="Moq">The lowest minimum order quantity among the product's SKUs.</param>
/// <param name="ProductMoq">When set, a product-level MOQ that may be met by mixing SKUs of this product.</param>
/// <param name="PriceAtMoq">The lowest unit price among the SKUs, each at its own MOQ (USD).</param>
/// <param name="PriceAtQuantity">With the priceAtQuantity parameter: the lowest unit price among the SKUs orderable at that quantity.</param>
/// <param name="InStock">True when at least one SKU ships from stock; otherwise every SKU is made to order.</param>
/// <param name="LeadTimeDays">Days to ship made-to-order quantities after confirmation.</param>
public sealed record ProductSummaryResponse(
    string Id,
    string Category,
    string Name,
    string Material,
    string MaterialGrade,
    double CapacityLitres,
    int WeightGrams,
    string OriginCountry,
    int? Moq,
    int? ProductMoq,
    Money? PriceAtMoq,
    PriceAtQuantityResponse? PriceAtQuantity,
    bool InStock,
    int VariantCount,
    int LeadTimeDays,
    DateTime CreatedAt);

public sealed record PriceAtQuantityResponse(int Quantity, Money UnitPrice);
