using System.Text.Json;
using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;

namespace Backpack.Catalog.UnitTests.Admin;

public sealed partial class CatalogueRulesTests
{
    private static readonly ProductDocument Valid = CatalogueMerge.Merge(null, ProductDocument.Example with { Status = ProductStatuses.Published });

    private static VariantDocument Sku => Valid.Variants![0];

    private static List<string> PathsOf(ProductDocument product) => CatalogueRules.Check(product).Select(v => v.Path).ToList();

    private static ProductDocument WithSku(VariantDocument variant) => Valid with { Variants = [variant] };

    private static List<PriceTierDocument> Ladder(params (int Min, decimal Price)[] tiers) =>
        tiers.Select(t => new PriceTierDocument { MinQuantity = t.Min, UnitPriceUsd = t.Price }).ToList();

    [Fact]
    public void The_documented_example_and_every_demo_product_pass()
    {
        CatalogueRules.Check(Valid).ShouldBeEmpty();
        CatalogueSeeder.LoadEmbedded().Products.SelectMany(p => CatalogueRules.Check(CatalogueSeeder.ToDocument(p))).ShouldBeEmpty();
    }

    [Fact]
    public void Moq_and_increment_must_be_whole_cartons_and_the_maximum_an_orderable_quantity()
    {
        PathsOf(WithSku(Sku with { CartonSize = 24 })).ShouldBe(["variants[0].orderIncrement", "variants[0].moq"], ignoreOrder: true);
        PathsOf(WithSku(Sku with { MaxPerOrder = 90 })).ShouldBe(
            ["variants[0].maxPerOrder", "variants[0].priceTiers[0].minQuantity", "variants[0].priceTiers[1].minQuantity"], "breaks above the maximum are unreachable");
        PathsOf(WithSku(Sku with { MaxPerOrder = 310 })).ShouldBe(["variants[0].maxPerOrder"]);
        PathsOf(WithSku(Sku with { MaxPerOrder = 320 })).ShouldBeEmpty();
    }

    [Fact]
    public void A_ladder_starts_at_the_moq_ascends_on_orderable_quantities_and_lowers_the_price_at_every_break()
    {
        PathsOf(WithSku(Sku with { PriceTiers = Ladder((100, 9.80m), (300, 9.20m), (500, 8.70m)) })).ShouldBeEmpty();
        PathsOf(WithSku(Sku with { PriceTiers = Ladder((100, 9.80m), (300, 9.80m)) })).ShouldBe(["variants[0].priceTiers[1].unitPriceUsd"]);
        PathsOf(WithSku(Sku with { PriceTiers = Ladder((100, 9.80m), (300, 9.20m), (300, 9.00m)) })).ShouldBe(["variants[0].priceTiers[2].minQuantity"]);
        PathsOf(WithSku(Sku with { PriceTiers = Ladder((100, 9.80m), (310, 9.20m)) })).ShouldBe(["variants[0].priceTiers[1].minQuantity"]);
        PathsOf(WithSku(Sku with { PriceTiers = Ladder((100, 9.805m)) })).ShouldBe(["variants[0].priceTiers[0].unitPriceUsd"]);
        PathsOf(WithSku(Sku with { PriceTiers = [] })).ShouldBe(["variants[0].priceTiers"]);
        PathsOf(WithSku(Sku with { MaxPerOrder = 200, PriceTiers = Ladder((100, 9.80m), (300, 9.20m)) })).ShouldBe(["variants[0].priceTiers[1].minQuantity"]);
        PathsOf(WithSku(Sku with { PriceTiers = Enumerable.Range(0, 11).Select(i => new PriceTierDocument { MinQuantity = 100 + 20 * i, UnitPriceUsd = 20m - i }).ToList() }))
            .ShouldBe(["variants[0].priceTiers"]);
    }

    [Fact]
    public void Samples_come_as_a_pair_below_the_moq_and_never_cheaper_than_bulk()
    {
        PathsOf(WithSku(Sku with { SampleMax = null })).ShouldBe(["variants[0].sampleMax"]);
        PathsOf(WithSku(Sku with { SampleMax = 100 })).ShouldBe(["variants[0].sampleMax"]);
        PathsOf(WithSku(Sku with { SamplePriceUsd = 5m })).ShouldBe(["variants[0].samplePriceUsd"]);
    }

    [Fact]
    public void Every_violation_is_reported_at_once_and_a_published_product_keeps_an_active_sku()
    {
        var broken = Valid with
        {
            Id = "Bad Id", Category = "duffel", Name = " padded ", Specs = Valid.Specs! with { CapacityLitres = 0, UvStabilised = null },
            Features = ["jetpack"], HsCode = "42", LeadTimeDays = 400,
            Variants = [Sku with { Status = VariantStatuses.Archived, Sku = "lowercase" }],
        };
        PathsOf(broken).ShouldBe(
            ["id", "category", "name", "specs.capacityLitres", "specs.uvStabilised", "features[0]", "hsCode", "leadTimeDays", "variants[0].sku", "status"],
            ignoreOrder: true);
    }

    [Fact]
    public void The_guides_worked_ladder_example_answers_the_messages_it_quotes()
    {
        var guide = RepositoryFiles.ReadAllText("api-docs/catalogue-admin.md");
        var json = LadderExample().Match(guide).Groups["json"].Value;
        var tiers = JsonSerializer.Deserialize<JsonElement>(json).GetProperty("priceTiers").EnumerateArray()
            .Select(t => (t.GetProperty("minQuantity").GetInt32(), t.GetProperty("unitPriceUsd").GetDecimal())).ToArray();
        var product = CatalogueMerge.Merge(null, WithSku(Sku with { SamplePriceUsd = null, SampleMax = null, PriceTiers = Ladder(tiers) }));

        var violations = CatalogueRules.Check(product);

        violations.Select(v => v.Path).ShouldBe(["variants[0].priceTiers[0].minQuantity", "variants[0].priceTiers[1].unitPriceUsd", "variants[0].priceTiers[2].minQuantity"]);
        foreach (var violation in violations)
        {
            guide.ShouldContain($"`{violation.Path["variants[0].".Length..]}` (\"{violation.Message}\")");
        }
    }

    [GeneratedRegex(@"with `moq` 100, `orderIncrement` 20:\n\n(?:<!--[^\n]*-->\n)?```json\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex LadderExample();
}
