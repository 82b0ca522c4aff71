namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>The documented example product as the admin reads would show it once published, for the OpenAPI examples.</summary>
internal static class StoredExample
{
    private static readonly long CreatedAtMs = new DateTimeOffset(2026, 9, 14, 8, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private static readonly long UpdatedAtMs = new DateTimeOffset(2026, 11, 2, 16, 5, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public static readonly StoredProduct Product = new(
        CatalogueMerge.Merge(null, ProductDocument.Example with { Status = ProductStatuses.Published }),
        4, CreatedAtMs, UpdatedAtMs,
        new Dictionary<string, StoredVariant>(StringComparer.Ordinal)
        {
            [ProductDocument.Example.Variants![0].Sku!] = new StoredVariant(7, 40, CreatedAtMs, UpdatedAtMs),
        });
}
