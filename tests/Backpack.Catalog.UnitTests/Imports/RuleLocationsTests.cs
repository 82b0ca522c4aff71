using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Imports;

namespace Backpack.Catalog.UnitTests.Imports;

/// <summary>The rules see the merged product (SKUs in code order, keys sorted); errors point where the file lists things.</summary>
public sealed class RuleLocationsTests
{
    private static readonly ImportedProduct Listed = new(
        ProductDocument.Example with
        {
            Features = ["tablet-sleeve", "jetpack", "bottle-pocket", "tablet-sleeve"],
            Variants =
            [
                VariantDocument.Example with { Sku = "CL-HARB9-RED", Moq = 7 },
                VariantDocument.Example with { Sku = null, Colour = "Green" },
                VariantDocument.Example with { Sku = "CL-HARB9-BLK" },
                VariantDocument.Example with { Sku = null, Colour = " Blue" },
            ],
        },
        (variant, path) => new ImportLocation(variant ?? 99, null, path));

    private static List<ImportError> Errors()
    {
        var merged = CatalogueMerge.Merge(null, Listed.Document);
        return CatalogueRules.Check(merged).Select(v => RuleLocations.Locate(Listed, merged, v)).ToList();
    }

    [Fact]
    public void A_sku_error_is_at_the_files_listing_of_that_sku_and_names_the_sku()
    {
        var errors = Errors().Where(e => e.Sku == "CL-HARB9-RED").ToList();

        errors.Select(e => (e.At.Row, e.At.Path)).ShouldBe([(0, "moq"), (0, "priceTiers[0].minQuantity"), (0, "priceTiers[1].minQuantity")]);
        errors[0].Message.ShouldBe("moq 7 must be whole cartons: a multiple of cartonSize 20.");
    }

    [Fact]
    public void Skus_without_a_code_keep_their_order_and_messages_lose_the_merged_index()
    {
        var errors = Errors().Where(e => e.Sku is null && e.At.Row != 99).ToList();

        errors.Select(e => (e.At.Row, e.At.Path)).ShouldBe([(1, "sku"), (3, "sku"), (3, "colour")]);
        errors[2].Message.ShouldBe("colour is required: 1 to 60 characters, without leading or trailing spaces.");
    }

    [Fact]
    public void A_key_error_is_at_the_files_listing_of_that_key()
    {
        var errors = Errors().Where(e => e.At.Path!.StartsWith("features", StringComparison.Ordinal)).ToList();

        errors.Select(e => e.At.Path).ShouldBe(["features[1]", "features[3]"], ignoreOrder: true);
        errors.Single(e => e.At.Path == "features[3]").Message.ShouldBe("'tablet-sleeve' is listed twice.");
    }
}
