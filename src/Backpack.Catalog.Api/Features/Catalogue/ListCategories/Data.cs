using System.Data.Common;
using Dapper;

namespace Backpack.Catalog.Api.Features.Catalogue.ListCategories;

internal static class ListCategoriesData
{
    public const string SelectCategories = """
        SELECT c.category_key, c.name, c.description, l.label_json, l.description_json,
          (SELECT COUNT(*) FROM products p
            WHERE p.category_key = c.category_key AND p.status = 'published') AS product_count,
          (SELECT COUNT(*) FROM variants v JOIN products p ON p.product_id = v.product_id
            WHERE p.category_key = c.category_key AND p.status = 'published' AND v.status = 'active') AS variant_count
        FROM categories c LEFT JOIN catalogue_labels l ON l.kind = 'category' AND l.label_key = c.category_key
        ORDER BY c.sort_order, c.category_key
        """;

    public sealed class CategoryRow
    {
        public string CategoryKey { get; init; } = "";
        public string Name { get; init; } = "";
        public string Description { get; init; } = "";
        public string? LabelJson { get; init; }
        public string? DescriptionJson { get; init; }
        public int ProductCount { get; init; }
        public int VariantCount { get; init; }
    }

    public static async Task<IReadOnlyList<CategoryResponse>> QueryAsync(DbConnection connection, string sql, string language) =>
        (await connection.QueryAsync<CategoryRow>(sql))
            .Select(r => new CategoryResponse(r.CategoryKey, Localization.CatalogueLabels.FromJson(r.LabelJson)?.In(language) ?? r.Name,
                Localization.CatalogueLabels.FromJson(r.DescriptionJson)?.In(language) ?? r.Description, r.ProductCount, r.VariantCount))
            .ToList();
}
