namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>A product as stored: its document (normalised) plus what the document does not carry.</summary>
public sealed record StoredProduct(
    ProductDocument Document,
    int Version,
    long CreatedAtMs,
    long UpdatedAtMs,
    IReadOnlyDictionary<string, StoredVariant> Variants);

/// <param name="StockReserved">Units open orders hold; stock on hand may not go below it.</param>
public sealed record StoredVariant(int Version, int StockReserved, long CreatedAtMs, long UpdatedAtMs);
