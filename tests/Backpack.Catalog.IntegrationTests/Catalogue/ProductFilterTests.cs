using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

/// <summary>Each filter, compared with the same filter applied in C# to the seed file.</summary>
public sealed class ProductFilterTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    public static TheoryData<string> Categories() => new(CatalogueVocabulary.Categories);

    public static TheoryData<string> Materials() => new(CatalogueVocabulary.Materials);

    public static TheoryData<string> Certifications() => new(CatalogueVocabulary.Certifications);

    public static TheoryData<string> Features() => new(CatalogueVocabulary.Features);

    [Fact]
    public async Task Without_filters_every_published_product_is_listed() =>
        await ShouldListAsync("", _ => true);

    [Theory]
    [MemberData(nameof(Categories))]
    public async Task Category(string key)
    {
        (await ShouldListAsync($"category={key}", p => p.Category == key)).ShouldBeGreaterThan(0, "the seed has every family");
    }

    [Theory]
    [MemberData(nameof(Materials))]
    public async Task Material_matches_the_main_or_a_variant_material(string key) =>
        await ShouldListAsync($"material={key}", p => p.Material == key || p.Variants.Any(v => v.Material == key));

    [Theory]
    [MemberData(nameof(Certifications))]
    public async Task Certification(string key) => await ShouldListAsync($"certification={key}", p => p.Certifications.Contains(key));

    [Theory]
    [MemberData(nameof(Features))]
    public async Task Feature(string key) => await ShouldListAsync($"feature={key}", p => p.Features.Contains(key));

    [Theory]
    [InlineData(null, 8.0)]
    [InlineData(10.0, null)]
    [InlineData(9.0, 11.5)]
    [InlineData(10.0, 10.0)]
    [InlineData(50.0, 60.0)]
    public async Task Capacity_range_is_inclusive(double? min, double? max)
    {
        var query = string.Join('&', new[] { min is null ? null : $"minCapacity={min}", max is null ? null : $"maxCapacity={max}" }.OfType<string>());
        await ShouldListAsync(query, p => (min is null || p.CapacityLitres >= min) && (max is null || p.CapacityLitres <= max));
    }

    [Theory]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(240)]
    [InlineData(1)]
    [InlineData(499)]
    [InlineData(500)]
    public async Task Max_moq_keeps_products_a_buyer_can_order_within_it(int maxMoq) =>
        await ShouldListAsync($"maxMoq={maxMoq}", p => p.Variants.Any(v => v.Moq <= maxMoq) && (p.ProductMoq is null || p.ProductMoq <= maxMoq));

    [Fact]
    public async Task Max_moq_counts_the_product_level_moq_across_skus()
    {
        var promo = SeedExpectations.Products.Single(p => p.Id == "classic-pastel-promo-8");
        promo.ProductMoq.ShouldBe(500);
        promo.Variants.Min(v => v.Moq).ShouldBeLessThanOrEqualTo(100, "a SKU alone is orderable at 100, the product is not");

        (await ListedIdsAsync("maxMoq=100")).ShouldNotContain(promo.Id);
        (await ListedIdsAsync("maxMoq=500")).ShouldContain(promo.Id);
    }

    [Fact]
    public async Task Repeated_categories_and_materials_match_any_of_them()
    {
        await ShouldListAsync("category=kids&category=eco", p => p.Category is "kids" or "eco");
        await ShouldListAsync("material=rpet&material=full-grain-leather",
            p => p.Material is "rpet" or "full-grain-leather" || p.Variants.Any(v => v.Material is "rpet" or "full-grain-leather"));
    }

    [Fact]
    public async Task Repeated_certifications_and_features_must_all_be_held()
    {
        (await ShouldListAsync("certification=REACH&certification=OEKO-TEX-100",
            p => p.Certifications.Contains("REACH") && p.Certifications.Contains("OEKO-TEX-100"))).ShouldBeGreaterThan(0);
        (await ShouldListAsync("certification=REACH&certification=REACH", p => p.Certifications.Contains("REACH"))).ShouldBeGreaterThan(0);
        await ShouldListAsync("feature=laptop-sleeve&feature=rfid-pocket", p => p.Features.Contains("laptop-sleeve") && p.Features.Contains("rfid-pocket"));
    }

    [Fact]
    public async Task An_unknown_value_among_repeated_ones_is_named()
    {
        var response = await api.CreateClient().GetAsync("/v1/products?certification=REACH&certification=ISO-14001", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("certification")[0].GetString()!;
        message.ShouldContain("'ISO-14001'");
        message.ShouldNotContain("'REACH'");
    }

    [Fact]
    public async Task More_than_ten_values_of_one_filter_are_refused()
    {
        var query = string.Join('&', Enumerable.Repeat("category=kids", 11));
        var response = await api.CreateClient().GetAsync($"/v1/products?{query}", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("category")[0].GetString()!.ShouldContain("At most 10");
    }

    [Theory]
    [InlineData("catgory=kids", "catgory")]
    [InlineData("uvStabilised=true", "uvStabilised")]
    [InlineData("colour=black", "colour")]
    public async Task An_unknown_query_parameter_is_refused_naming_it_and_the_ones_the_operation_takes(string query, string name)
    {
        var response = await api.CreateClient().GetAsync($"/v1/products?{query}", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty(name)[0].GetString()!;
        message.ShouldContain($"'{name}' is not a query parameter");
        message.ShouldContain("category, certification, currency, cursor, facets, feature");
    }

    private async Task<List<string>> ListedIdsAsync(string query)
    {
        var body = await (await api.CreateClient().GetAsync($"/v1/products?{query}&limit=100", TestContext.Current.CancellationToken))
            .ShouldBeJsonAsync<System.Text.Json.JsonElement>();
        return body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task In_stock(bool inStock)
    {
        (await ShouldListAsync($"inStock={inStock.ToString().ToLowerInvariant()}", p => SeedExpectations.InStock(p) == inStock))
            .ShouldBeGreaterThan(0, "the seed has both kinds");
    }

    [Theory]
    [InlineData("aurora")]
    [InlineData("AURORA")]
    [InlineData("school")]
    [InlineData("anti-theft")]
    [InlineData("travel")]
    [InlineData("100%")]
    [InlineData("no_such_text")]
    public async Task Text_search_is_case_insensitive_over_name_and_description(string q) =>
        await ShouldListAsync($"q={Uri.EscapeDataString(q)}", p =>
            p.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || p.Description.Contains(q, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task Search_for_aurora_finds_exactly_the_one_product()
    {
        var items = await ProductPages.WalkAsync(api.CreateClient(), "q=Aurora");
        items.ShouldHaveSingleItem().Name.ShouldContain("Aurora");
    }

    [Theory]
    [InlineData(50, null)]
    [InlineData(100, null)]
    [InlineData(500, "10")]
    [InlineData(1000, "8.5")]
    [InlineData(300, "0")]
    [InlineData(100000, null)]
    public async Task Price_at_quantity_lists_products_orderable_there_with_their_unit_price(int quantity, string? maxUnitPrice)
    {
        var max = maxUnitPrice is null ? (decimal?)null : decimal.Parse(maxUnitPrice, System.Globalization.CultureInfo.InvariantCulture);
        var query = $"priceAtQuantity={quantity}" + (maxUnitPrice is null ? "" : $"&maxUnitPrice={maxUnitPrice}");
        await ShouldListAsync(query, p => SeedExpectations.PriceAt(p, quantity) is { } price && (max is null || price <= max));

        foreach (var item in await ProductPages.WalkAsync(api.CreateClient(), query))
        {
            var seed = SeedExpectations.Products.Single(p => p.Id == item.Id);
            item.PriceAtQuantity.ShouldNotBeNull().Quantity.ShouldBe(quantity);
            item.PriceAtQuantity.UnitPrice.Amount.ShouldBe(SeedExpectations.PriceAt(seed, quantity)!.Value, item.Id);
        }
    }

    [Theory]
    [InlineData("maxUnitPrice=10", "maxUnitPrice")]
    [InlineData("sort=unitPrice", "sort")]
    [InlineData("priceAtQuantity=0", "priceAtQuantity")]
    [InlineData("priceAtQuantity=500&maxUnitPrice=-1", "maxUnitPrice")]
    [InlineData("priceAtQuantity=500&maxUnitPrice=9.999", "maxUnitPrice")]
    [InlineData("priceAtQuantity=500&maxUnitPrice=ten", "maxUnitPrice")]
    public async Task Price_filters_refuse_incomplete_or_bad_values(string query, string parameter) =>
        (await (await api.CreateClient().GetAsync($"/v1/products?{query}", TestContext.Current.CancellationToken))
            .ShouldBeValidationProblemAsync()).ShouldContain(parameter);

    [Fact]
    public async Task Filters_combine_with_and() =>
        await ShouldListAsync("category=hike-daypack&feature=padded-back&inStock=true&minCapacity=10",
            p => p.Category == "hike-daypack" && p.Features.Contains("padded-back") && SeedExpectations.InStock(p) && p.CapacityLitres >= 10);

    private async Task<int> ShouldListAsync(string query, Func<SeedProduct, bool> expected)
    {
        var served = await ProductPages.WalkAsync(api.CreateClient(), query, limit: 7);
        var expectedIds = SeedExpectations.Products.Where(expected).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
        served.Select(p => p.Id).Order(StringComparer.Ordinal).ToList().ShouldBe(expectedIds, $"query: {query}");
        return served.Count;
    }
}
