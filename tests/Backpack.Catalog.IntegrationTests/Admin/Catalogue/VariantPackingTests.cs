using System.Net;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Imports;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using static Backpack.Catalog.IntegrationTests.Admin.Catalogue.AdminRequests;

namespace Backpack.Catalog.IntegrationTests.Admin.Catalogue;

/// <summary>Packing data per SKU: seeded for the demo catalogue, edited by the admin, read by storefronts, kept when left out.</summary>
public sealed class VariantPackingTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static readonly string[] PackingColumns = ["carton_length_cm", "carton_width_cm", "carton_height_cm", "carton_gross_weight_kg", "inner_pack"];

    private static readonly string[] ReadOnlyMembers = ["productId", "stockOnHand", "stockReserved", "stockAvailable", "status", "version", "createdAt", "updatedAt"];

    [Fact]
    public async Task Every_demo_SKU_has_a_carton_whose_volume_is_its_sides_and_whose_gross_weight_covers_its_units()
    {
        var client = api.CreateClient();
        var checkedSkus = 0;
        foreach (var productId in SeedExpectations.Products.Select(p => p.Id))
        {
            var product = await client.GetJsonAsync<JsonElement>($"/v1/products/{productId}");
            var unitGrams = product.GetProperty("specs").GetProperty("weightGrams").GetInt32();
            foreach (var variant in product.GetProperty("variants").EnumerateArray())
            {
                var sku = variant.GetProperty("sku").GetString();
                var packing = variant.GetProperty("packing");
                packing.ValueKind.ShouldBe(JsonValueKind.Object, sku);
                var (length, width, height) = (packing.GetProperty("cartonLengthCm").GetInt32(), packing.GetProperty("cartonWidthCm").GetInt32(),
                    packing.GetProperty("cartonHeightCm").GetInt32());
                packing.GetProperty("cartonCbm").GetDecimal().ShouldBe(decimal.Round(length * width * height / 1_000_000m, 3), sku);
                var gross = packing.GetProperty("cartonGrossWeightKg").GetDecimal();
                (gross * 1000).ShouldBeGreaterThan(variant.GetProperty("cartonSize").GetInt32() * unitGrams, $"{sku}: the carton holds its units and weighs more");
                gross.ShouldBeLessThanOrEqualTo(70m, sku);
                packing.GetProperty("innerPack").GetString().ShouldBeOneOf("polybag", "inner-box", "none");
                checkedSkus++;
            }
        }

        checkedSkus.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task New_packing_is_served_at_once_audited_and_fed_and_a_change_that_leaves_it_out_keeps_it()
    {
        var admin = await api.AdminClientAsync();
        var (variant, etag) = await admin.ReadAsync("/v1/admin/variants/CL-METRO9-OLV");
        var feedBefore = await FeedCursorAsync();
        var terms = Terms(variant).With("packing", new { cartonLengthCm = 62, cartonWidthCm = 42, cartonHeightCm = 40, cartonGrossWeightKg = 9.85m, innerPack = "inner-box" });

        var saved = await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/CL-METRO9-OLV", terms, etag);

        (await saved.ShouldBeJsonAsync<JsonElement>()).GetProperty("packing").GetProperty("cartonGrossWeightKg").GetDecimal().ShouldBe(9.85m);
        var served = (await api.CreateClient().GetJsonAsync<JsonElement>("/v1/variants/CL-METRO9-OLV")).GetProperty("variant").GetProperty("packing");
        (served.GetProperty("cartonLengthCm").GetInt32(), served.GetProperty("cartonWidthCm").GetInt32(), served.GetProperty("cartonHeightCm").GetInt32())
            .ShouldBe((62, 42, 40));
        served.GetProperty("cartonCbm").GetDecimal().ShouldBe(0.104m, "62 × 42 × 40 cm = 0.10416 m³");
        served.GetProperty("innerPack").GetString().ShouldBe("inner-box");

        var audit = await admin.GetJsonAsync<JsonElement>("/v1/admin/audit?resourceId=CL-METRO9-OLV&action=variant.updated&limit=1");
        var changes = audit.GetProperty("items")[0].GetProperty("changes");
        changes.GetProperty("packing.cartonGrossWeightKg").GetProperty("to").GetDecimal().ShouldBe(9.85m);
        changes.GetProperty("packing.innerPack").GetProperty("from").GetString().ShouldBe("polybag");
        var feed = await api.CreateClient().GetJsonAsync<JsonElement>($"/v1/catalogue/changes?since={feedBefore}");
        feed.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("resourceType").GetString(), c.GetProperty("id").GetString()))
            .ShouldContain(("variant", "CL-METRO9-OLV"));

        terms.Remove("packing");
        terms.With("colour", "Storm Grey");
        var kept = await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/CL-METRO9-OLV", terms, saved.Headers.ETag!.Tag);
        var after = await kept.ShouldBeJsonAsync<JsonElement>();
        after.GetProperty("colour").GetString().ShouldBe("Storm Grey");
        after.GetProperty("packing").GetProperty("cartonLengthCm").GetInt32().ShouldBe(62, "a change without packing keeps the stored packing");
    }

    [Fact]
    public async Task Packing_that_breaks_the_rules_is_a_400_naming_every_member_and_changes_nothing()
    {
        var admin = await api.AdminClientAsync();
        var (variant, etag) = await admin.ReadAsync("/v1/admin/variants/CL-METRO9-NVY");
        // 20 bags of 380 g weigh 7.6 kg net, so a 7.5 kg carton cannot hold them.
        var terms = Terms(variant).With("packing", new { cartonLengthCm = 0, cartonWidthCm = 121, cartonHeightCm = 40, cartonGrossWeightKg = 7.50m, innerPack = "bubble-wrap" });

        var response = await admin.SendAsync(HttpMethod.Put, "/v1/admin/variants/CL-METRO9-NVY", terms, etag);

        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(
            ["packing.cartonLengthCm", "packing.cartonWidthCm", "packing.cartonGrossWeightKg", "packing.innerPack"], ignoreOrder: true);
        errors.GetProperty("packing.cartonGrossWeightKg")[0].GetString().ShouldBe("cartonGrossWeightKg 7.50 is below the net weight of its 20 units (7.6 kg at 380 g each).");
        errors.GetProperty("packing.innerPack")[0].GetString().ShouldBe("innerPack must be one of: polybag, inner-box, none.");
        var (after, afterTag) = await admin.ReadAsync("/v1/admin/variants/CL-METRO9-NVY");
        afterTag.ShouldBe(etag);
        after.GetProperty("packing").GetRawText().ShouldBe(variant.GetProperty("packing").GetRawText());
    }

    [Fact]
    public async Task The_CSV_export_carries_packing_and_a_file_without_the_packing_columns_imports_keeping_it()
    {
        var admin = await api.AdminClientAsync();
        var csv = await admin.GetStringAsync("/v1/admin/catalogue/export?format=csv", TestContext.Current.CancellationToken);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        header.ShouldContain("carton_gross_weight_kg");
        var packingColumns = PackingColumns.Select(c => Array.IndexOf(header, c)).ToHashSet();
        var (before, _) = await admin.ReadAsync("/v1/admin/variants/CL-CAMPUS8-DRS");

        // A file made before packing was recorded: the SKU's row without the five columns.
        var row = lines.Single(l => l.Contains(",CL-CAMPUS8-DRS,", StringComparison.Ordinal));
        var withoutPacking = string.Join("\r\n", new[] { lines[0], row }.Select(l => string.Join(',', Fields(l).Where((_, i) => !packingColumns.Contains(i))))) + "\r\n";
        var imported = await admin.ImportCsvAsync(withoutPacking);

        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var (after, _) = await admin.ReadAsync("/v1/admin/variants/CL-CAMPUS8-DRS");
        after.GetProperty("packing").GetRawText().ShouldBe(before.GetProperty("packing").GetRawText());
    }

    /// <summary>A CSV line's fields as written, quotes and all: commas inside quotes do not split.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var (start, quoted) = (0, false);
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] == ',' && !quoted)
            {
                fields.Add(line[start..i]);
                start = i + 1;
            }
            else if (line[i] == '"')
            {
                quoted = !quoted;
            }
        }

        return fields;
    }

    private static Dictionary<string, JsonElement> Terms(JsonElement variant)
    {
        var terms = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(variant.GetRawText())!;
        foreach (var member in ReadOnlyMembers)
        {
            terms.Remove(member);
        }

        return terms;
    }

    private async Task<string> FeedCursorAsync()
    {
        var cursor = (await api.CreateClient().GetJsonAsync<JsonElement>("/v1/catalogue/changes?limit=500")).GetProperty("nextCursor").GetString()!;
        while (true)
        {
            var page = await api.CreateClient().GetJsonAsync<JsonElement>($"/v1/catalogue/changes?limit=500&since={cursor}");
            cursor = page.GetProperty("nextCursor").GetString()!;
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return cursor;
            }
        }
    }
}
