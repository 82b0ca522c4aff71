using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Admin.Products.UpdateProduct;
using Backpack.Catalog.Api.Features.Admin.Variants.UpdateVariant;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>
/// The replace operations share their schema's example with the create operations, a product or SKU that does not exist
/// yet. Their own example is an existing demo product and SKU as the export writes them, so that sending it replaces
/// what is there instead of answering 404. Stock is left out: it moves only through stock adjustments.
/// </summary>
public sealed class CatalogueChangeExamples(IOptions<JsonOptions> json) : IOperationFilter
{
    private const string ExampleProductId = "classic-campus-8";
    private const string ExampleSku = "CL-CAMPUS8-BLK";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        object? example = context.Documents<UpdateProductEndpoint>() ? Product.Value with { Variants = null }
            : context.Documents<UpdateVariantEndpoint>() ? Product.Value.Variants!.Single(v => v.Sku == ExampleSku) with { StockOnHand = null }
            : null;
        if (example is not null && operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true && media is OpenApiMediaType body)
        {
            body.Example = JsonNode.Parse(JsonSerializer.Serialize(example, example.GetType(), json.Value.SerializerOptions));
        }
    }

    // Read from the embedded seed once, not each time the document is generated.
    private static readonly Lazy<ProductDocument> Product = new(() =>
        CatalogueSeeder.ToDocument(CatalogueSeeder.LoadEmbedded().Products.Single(p => p.Id == ExampleProductId)));
}
