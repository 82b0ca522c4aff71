using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Imports;

/// <summary>JSON imports on the seeded catalogue: errors by JSON path, and JSON that is not a catalogue document.</summary>
public sealed class CatalogueJsonImportTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private async Task<(HttpClient Admin, JsonArray Products)> StartAsync()
    {
        var admin = await api.AdminClientAsync();
        return (admin, JsonNode.Parse(await admin.ExportAsync())!["products"]!.AsArray());
    }

    private static JsonNode Product(JsonArray products, string id) => products.Single(p => p!["id"]!.GetValue<string>() == id)!;

    private static int IndexOf(JsonArray products, string id) => products.IndexOf(Product(products, id));

    private static string Document(JsonArray products) => new JsonObject { ["products"] = products.DeepClone() }.ToJsonString();

    [Fact]
    public async Task Errors_name_the_json_path_of_the_product_and_sku_as_the_file_lists_them()
    {
        var (admin, products) = await StartAsync();
        var before = await admin.ExportAsync();

        // SKUs listed against code order: the rules see them sorted, the paths follow the file.
        var metro = Product(products, "classic-metro-9");
        var reversed = new JsonArray([.. metro["variants"]!.AsArray().Reverse().Select(v => v!.DeepClone())]);
        metro["variants"] = reversed;
        reversed[0]!["moq"] = 120;
        reversed[0]!["colour"] = "";
        Product(products, "hike-trail-runner-10")["category"] = "duffel";
        Product(products, "eco-loop-campaign-10")["variants"]![1]!["priceTiers"]![1]!["unitPriceUsd"] = 99.5m;
        Product(products, "leather-atelier-6")["variants"]![0]!["sku"] = "CL-CAMPUS8-BLK";
        Product(products, "kids-dino-explorer-7")["variants"]![2] = null;
        Product(products, "tactical-patrol-10")["features"] = new JsonArray("molle", "jetpack");
        products.Add(Product(products, "eco-rolltop-11").DeepClone());

        var errors = await (await admin.ImportJsonAsync(Document(products))).ShouldBeRejectedAsync();

        var (m, h, e, l, k, t) = (IndexOf(products, "classic-metro-9"), IndexOf(products, "hike-trail-runner-10"), IndexOf(products, "eco-loop-campaign-10"),
            IndexOf(products, "leather-atelier-6"), IndexOf(products, "kids-dino-explorer-7"), IndexOf(products, "tactical-patrol-10"));
        var expected = new List<(int Product, string Path, string? ProductId, string? Sku, string Start)>
        {
            (m, $"products[{m}].variants[0].colour", "classic-metro-9", "CL-METRO9-OLV", "colour is required: 1 to 60 characters"),
            (m, $"products[{m}].variants[0].priceTiers[0].minQuantity", "classic-metro-9", "CL-METRO9-OLV", "The first tier must start at the MOQ of 120, not 100."),
            (h, $"products[{h}].category", "hike-trail-runner-10", null, "category must be one of"),
            (e, $"products[{e}].variants[1].priceTiers[1].unitPriceUsd", "eco-loop-campaign-10", "EC-LOOP10-LFG", "Unit prices must fall as quantity rises: 99.50"),
            (l, $"products[{l}].variants[0].sku", "leather-atelier-6", "CL-CAMPUS8-BLK", "The SKU CL-CAMPUS8-BLK appears more than once in the file (first at products["),
            (k, $"products[{k}].variants[2]", "kids-dino-explorer-7", null, "products[" + k + "].variants[2] is null; a SKU belongs here."),
            (t, $"products[{t}].features[1]", "tactical-patrol-10", null, "'jetpack' is not a known key"),
            (products.Count - 1, $"products[{products.Count - 1}].id", "eco-rolltop-11", null, "The product eco-rolltop-11 appears more than once in the file (first at products["),
        };
        var ordered = expected.OrderBy(x => x.Product).ToList();
        errors.Select(x => x.Text("path")).ShouldBe(ordered.Select(x => x.Path));
        for (var i = 0; i < errors.Count; i++)
        {
            errors[i].Text("productId").ShouldBe(ordered[i].ProductId, ordered[i].Path);
            errors[i].Text("sku").ShouldBe(ordered[i].Sku, ordered[i].Path);
            errors[i].Text("message")!.ShouldStartWith(ordered[i].Start, customMessage: ordered[i].Path);
            errors[i].TryGetProperty("row", out _).ShouldBeFalse("JSON errors are located by path");
        }

        (await admin.ExportAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_new_product_with_its_skus_is_created_and_listed_publicly_once_published()
    {
        var (admin, products) = await StartAsync();
        var product = Product(products, "tactical-outpost-15").DeepClone();
        product["id"] = "tactical-outpost-json-15";
        product["createdAt"] = null;
        foreach (var variant in product["variants"]!.AsArray())
        {
            variant!["sku"] = variant["sku"]!.GetValue<string>().Replace("TC-OUTPOST15-", "TC-OUTJSON15-", StringComparison.Ordinal);
            variant["stockOnHand"] = null;
        }

        var report = await (await admin.ImportJsonAsync(Document([product]))).ShouldBeReportAsync();

        report.GetProperty("format").GetString().ShouldBe("json");
        report.Counts("products").ShouldBe((1, 0, 0));
        report.Counts("skus").ShouldBe((3, 0, 0));
        var created = await api.CreateClient().GetJsonAsync<JsonElement>("/v1/products/tactical-outpost-json-15");
        created.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("stockAvailable").GetInt32()).ShouldAllBe(s => s == 0);
    }

    [Fact]
    public async Task A_document_without_products_is_rejected_at_products()
    {
        var admin = await api.AdminClientAsync();

        var error = (await (await admin.ImportJsonAsync("{}")).ShouldBeRejectedAsync()).ShouldHaveSingleItem();

        error.Text("path").ShouldBe("products");
    }

    [Theory]
    [InlineData("""{"products":[{"id":"classic-metro-9",}]}""", "(line 1, byte ")]
    [InlineData("""{"products":[{"id":"classic-metro-9","variants":[{"sku":"CL-METRO9-BLK","moq":"ten"}]}]}""", "$.products[0].variants[0].moq")]
    [InlineData("{\n  \"products\": [\n    { \"leadTimeDays\": 4.5 }\n  ]\n}", "line 3")]
    public async Task Json_that_is_not_a_catalogue_document_is_400_saying_where(string body, string where)
    {
        var admin = await api.AdminClientAsync();

        var problem = await (await admin.ImportJsonAsync(body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("detail").GetString()!.ShouldContain(where);
    }
}
