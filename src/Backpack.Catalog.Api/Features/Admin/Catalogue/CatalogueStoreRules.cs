using System.Data.Common;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>The rules that need the database: a SKU code belongs to one product, and stock never drops below what orders hold.</summary>
public static class CatalogueStoreRules
{
    private const string SelectOwners = "SELECT sku, product_id FROM variants WHERE sku IN @Skus;";

    /// <summary>Every rule a product must meet before it is saved: <see cref="CatalogueRules"/> and the ones that need the database.</summary>
    public static async Task<List<RuleViolation>> CheckAllAsync(DbConnection connection, DbTransaction transaction, StoredProduct? stored, ProductDocument product)
    {
        var violations = CatalogueRules.Check(product);
        violations.AddRange(await CheckAsync(connection, transaction, stored, product));
        return violations;
    }

    public static async Task<List<RuleViolation>> CheckAsync(DbConnection connection, DbTransaction transaction, StoredProduct? stored, ProductDocument product)
    {
        var errors = new List<RuleViolation>();
        var variants = product.Variants ?? [];
        var newSkus = variants.Where(v => v.Sku is not null && stored?.Variants.ContainsKey(v.Sku) != true).Select(v => v.Sku!).ToList();
        var owners = newSkus.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : (await connection.QueryAsync<(string Sku, string ProductId)>(SelectOwners, new { Skus = newSkus }, transaction))
                .ToDictionary(o => o.Sku, o => o.ProductId, StringComparer.Ordinal);
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = variants[i];
            if (variant.Sku is null)
            {
                continue;
            }

            if (owners.TryGetValue(variant.Sku, out var owner))
            {
                errors.Add(new RuleViolation($"variants[{i}].sku", $"SKU {variant.Sku} already belongs to product {owner}; SKU codes are unique across the catalogue."));
            }

            if (stored?.Variants.GetValueOrDefault(variant.Sku) is { StockReserved: > 0 } held && variant.StockOnHand < held.StockReserved)
            {
                errors.Add(new RuleViolation($"variants[{i}].stockOnHand",
                    $"stockOnHand {variant.StockOnHand} is below the {held.StockReserved} units open orders have reserved for {variant.Sku}."));
            }
        }

        return errors;
    }
}
