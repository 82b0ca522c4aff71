namespace Backpack.Catalog.Api.Features.Catalogue.Images;

/// <summary>The images catalogue reads show: a product's gallery, and a SKU's (its colourway's pictures, then the product's).</summary>
internal static class CatalogueImages
{
    private const string Order = "i.position, i.created_at_ms, i.image_id";

    public const string OfProduct = "SELECT " + ImageRow.Columns + " FROM product_images i WHERE i.product_id = @Id ORDER BY " + Order + ";\n";

    public const string OfVariant = "SELECT " + ImageRow.Columns + """
         FROM product_images i
        WHERE i.product_id = (SELECT v.product_id FROM variants v WHERE v.sku = @Sku) AND (i.sku = @Sku OR i.sku IS NULL)
        ORDER BY CASE WHEN i.sku IS NULL THEN 1 ELSE 0 END, 
        """ + Order + ";\n";
}
