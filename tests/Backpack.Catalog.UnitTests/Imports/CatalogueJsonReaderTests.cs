using System.Text;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Imports;

namespace Backpack.Catalog.UnitTests.Imports;

public sealed class CatalogueJsonReaderTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static ImportFile Read(string json, int maxRows = 5_000) => CatalogueJsonReader.Read(Encoding.UTF8.GetBytes(json), Json, maxRows);

    private static string Document(params ProductDocument?[] products) => JsonSerializer.Serialize(new { products }, Json);

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var file = CatalogueJsonReader.Read([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Document(ProductDocument.Example))], Json, 5_000);

        file.Errors.ShouldBeEmpty();
        file.Products.Single().Document.Id.ShouldBe("classic-harbour-9");
    }

    [Fact]
    public void Errors_and_rules_are_located_by_json_path()
    {
        var product = Read(Document(ProductDocument.Example, ProductDocument.Example)).Products[1];

        product.Locate(null, "specs.capacityLitres").ShouldBe(new ImportLocation(1, null, "products[1].specs.capacityLitres"));
        product.Locate(0, "priceTiers[1].unitPriceUsd").ShouldBe(new ImportLocation(1, null, "products[1].variants[0].priceTiers[1].unitPriceUsd"));
    }

    [Fact]
    public void A_null_where_a_product_sku_tier_or_key_belongs_is_an_error_and_that_product_is_not_checked()
    {
        var holes = ProductDocument.Example with
        {
            Features = ["tablet-sleeve", null!],
            Variants = [VariantDocument.Example with { PriceTiers = [null!] }, null!],
        };

        var file = Read(Document(null, holes, ProductDocument.Example));

        file.Errors.Select(e => (e.At.Path, e.Message)).ShouldBe([
            ("products[0]", "products[0] is null; a product belongs here."),
            ("products[1].features[1]", "products[1].features[1] is null; a feature key belongs here."),
            ("products[1].variants[0].priceTiers[0]", "products[1].variants[0].priceTiers[0] is null; a price tier belongs here."),
            ("products[1].variants[1]", "products[1].variants[1] is null; a SKU belongs here."),
        ]);
        file.Products.ShouldHaveSingleItem().Locate(null, "id").Path.ShouldBe("products[2].id");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("""{"products":null}""")]
    public void Products_are_required(string json) =>
        Read(json).Errors.ShouldHaveSingleItem().At.Path.ShouldBe("products");

    [Fact]
    public void Rows_are_counted_as_skus_with_a_product_without_skus_as_one()
    {
        var json = Document(ProductDocument.Example with { Variants = [] }, ProductDocument.Example with { Variants = [VariantDocument.Example, VariantDocument.Example] });

        Read(json, maxRows: 3).OverRowLimit.ShouldBeFalse();
        Read(json, maxRows: 2).OverRowLimit.ShouldBeTrue();
    }
}
