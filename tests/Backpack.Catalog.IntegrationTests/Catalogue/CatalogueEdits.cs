using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

/// <summary>
/// Catalogue changes made the way the admin endpoints make them: in one catalogue write transaction, load the product,
/// lay the changed document over it, check the rules and save it through <see cref="CatalogueWriter"/>.
/// </summary>
public static class CatalogueEdits
{
    public const string ActorKeyId = "key_test";

    public static async Task<SaveResult> EditAsync(
        CatalogueApiFactory api, string productId, Func<ProductDocument, ProductDocument> change, string? reason = null,
        string actorKeyId = ActorKeyId, DateTimeOffset? at = null)
    {
        var connections = api.Services.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await using var transaction = await CatalogueChangeLog.BeginWriteAsync(connection, CancellationToken.None);
        var stored = await CatalogueReads.LoadAsync(connection, transaction, connections.Dialect.Render(CatalogueReads.SelectProductBatch), productId)
            ?? throw new InvalidOperationException($"There is no product {productId}.");
        var product = CatalogueMerge.Merge(stored, change(stored.Document));
        CatalogueRules.Check(product).ShouldBeEmpty($"the test's change to {productId} must keep the catalogue rules");
        var context = new WriteContext(actorKeyId, "admin", (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds(), reason);
        var result = await CatalogueWriter.SaveAsync(connection, transaction, stored, product, context);
        await transaction.CommitAsync(CancellationToken.None);
        return result;
    }

    /// <summary>Moves every tier of the SKU's ladder by <paramref name="byUsd"/> (which keeps the ladder descending).</summary>
    public static Task<SaveResult> ChangePricesAsync(
        CatalogueApiFactory api, string sku, decimal byUsd, string? reason = null, string actorKeyId = ActorKeyId, DateTimeOffset? at = null) =>
        EditAsync(api, ProductOf(sku), p => WithVariant(p, sku, v => v with
        {
            PriceTiers = v.PriceTiers!.Select(t => t with { UnitPriceUsd = t.UnitPriceUsd + byUsd }).ToList(),
        }), reason, actorKeyId, at);

    public static Task<SaveResult> ChangeStockAsync(
        CatalogueApiFactory api, string sku, int byUnits, string reason, string actorKeyId = ActorKeyId, DateTimeOffset? at = null) =>
        EditAsync(api, ProductOf(sku), p => WithVariant(p, sku, v => v with { StockOnHand = v.StockOnHand + byUnits }), reason, actorKeyId, at);

    public static Task<SaveResult> RenameAsync(
        CatalogueApiFactory api, string productId, string name, string actorKeyId = ActorKeyId, DateTimeOffset? at = null) =>
        EditAsync(api, productId, p => p with { Name = name }, null, actorKeyId, at);

    public static Task<SaveResult> SetStatusAsync(CatalogueApiFactory api, string productId, string status) =>
        EditAsync(api, productId, p => p with { Status = status });

    /// <summary>The seeded product a SKU belongs to.</summary>
    public static string ProductOf(string sku) => SeedExpectations.Products.Single(p => p.Variants.Any(v => v.Sku == sku)).Id;

    private static ProductDocument WithVariant(ProductDocument product, string sku, Func<VariantDocument, VariantDocument> change) =>
        product with { Variants = product.Variants!.Select(v => v.Sku == sku ? change(v) : v).ToList() };
}
