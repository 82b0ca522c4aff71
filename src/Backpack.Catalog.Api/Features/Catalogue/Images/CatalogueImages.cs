using System.Data.Common;
using Backpack.Catalog.Api.Features.Catalogue.ListProducts;
using Dapper;

namespace Backpack.Catalog.Api.Features.Catalogue.Images;

/// <summary>The images catalogue reads show: a product's gallery, a SKU's (its colourway's pictures, then the product's), a page's covers.</summary>
internal static class CatalogueImages
{
    private const string Order = "i.position, i.created_at_ms, i.image_id";

    public const string OfProduct = "SELECT " + ImageRow.Columns + " FROM product_images i WHERE i.product_id = @Id ORDER BY " + Order + ";\n";

    public const string OfVariant = "SELECT " + ImageRow.Columns + """
         FROM product_images i
        WHERE i.product_id = (SELECT v.product_id FROM variants v WHERE v.sku = @Sku) AND (i.sku = @Sku OR i.sku IS NULL)
        ORDER BY CASE WHEN i.sku IS NULL THEN 1 ELSE 0 END, 
        """ + Order + ";\n";

    /// <summary>A page's products in fixed slots (@Page0 … @Page99), as the list's filters are, so the statement never changes.</summary>
    public static readonly string OfPage = "SELECT " + ImageRow.Columns + " FROM product_images i WHERE i.product_id IN (" +
        FilterSlots.List(PageSlot, ListProductsRequest.MaxLimit) + ") AND i.sku IS NULL ORDER BY i.product_id, " + Order;

    private const string PageSlot = "Page";

    /// <summary>Each product's first picture of itself as a whole: the cover a product grid shows.</summary>
    public static async Task<IReadOnlyDictionary<string, ImageResponse>> CoversAsync(DbConnection connection, string sql, IReadOnlyList<string> productIds)
    {
        if (productIds.Count == 0)
        {
            return new Dictionary<string, ImageResponse>();
        }

        var parameters = new DynamicParameters();
        FilterSlots.Add(parameters, PageSlot, productIds, ListProductsRequest.MaxLimit);

        var rows = await connection.QueryAsync<ImageRow>(sql, parameters);
        return rows.GroupBy(r => r.ProductId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => ImageResponse.From(g.First()), StringComparer.Ordinal);
    }
}
