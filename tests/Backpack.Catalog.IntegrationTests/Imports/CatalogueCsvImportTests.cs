using System.Net;
using System.Text;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Imports;

/// <summary>CSV imports on the seeded catalogue; each test starts from the catalogue's own export and changes what it needs.</summary>
public sealed class CatalogueCsvImportTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    /// <summary>The line a data row is on: the header is line 1 and no seeded cell holds a line break.</summary>
    private static int Line(int row) => row + 2;

    private async Task<(HttpClient Admin, CsvTable Table)> StartAsync()
    {
        var admin = await api.AdminClientAsync();
        return (admin, CsvTable.Parse(await admin.ExportAsync("csv")));
    }

    [Theory]
    [InlineData("csv", "text/csv")]
    [InlineData("json", "application/json")]
    public async Task Importing_an_unchanged_export_changes_nothing(string format, string contentType)
    {
        var admin = await api.AdminClientAsync();
        var export = await admin.ExportAsync(format);
        var (audit, feed) = (await api.AuditEntriesAsync(), await api.FeedSequenceAsync());
        var table = CsvTable.Parse(await admin.ExportAsync("csv"));

        var report = await (await admin.ImportAsync(export, contentType)).ShouldBeReportAsync();

        report.Counts("products").ShouldBe((0, 0, table.Rows.Select(r => r[0]).Distinct().Count()));
        report.Counts("skus").ShouldBe((0, 0, table.Rows.Count));
        (await api.AuditEntriesAsync()).ShouldBe(audit);
        (await api.FeedSequenceAsync()).ShouldBe(feed);
        (await admin.ExportAsync(format)).ShouldBe(export);
    }

    [Fact]
    public async Task A_dry_run_counts_what_would_change_and_writes_nothing_and_the_same_file_then_applies()
    {
        var (admin, table) = await StartAsync();
        var before = table.ToString();
        var products = table.Rows.Select(r => r[0]).Distinct().Count();
        table.SetProduct("classic-campus-8", "name", "Campus Everyday School Mini 8 L (2027)");
        table[table.RowOf("HK-RIDGE12-MOS"), "stock_on_hand"] = "777";
        var copies = table.Rows.Where(r => r[0] == "eco-rolltop-11").Select(r => r.ToList()).ToList();
        foreach (var copy in copies)
        {
            copy[0] = "eco-rolltop-import-11";
            copy[table.Header.IndexOf("product_status")] = "draft";
            copy[table.Header.IndexOf("sku")] = copy[table.Header.IndexOf("sku")].Replace("EC-ROLL11-", "EC-ROLLIMP11-", StringComparison.Ordinal);
        }

        table.Rows.InsertRange(table.Rows.FindLastIndex(r => r[0] == "eco-rolltop-11") + 1, copies);
        var (audit, feed) = (await api.AuditEntriesAsync(), await api.FeedSequenceAsync());

        var dryRun = await (await admin.ImportCsvAsync(table.ToString(), dryRun: true)).ShouldBeReportAsync();

        dryRun.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        dryRun.Counts("products").ShouldBe((1, 1, products - 1));
        dryRun.Counts("skus").ShouldBe((copies.Count, 1, table.Rows.Count - copies.Count - 1));
        (await admin.ExportAsync("csv")).ShouldBe(before);
        (await api.AuditEntriesAsync()).ShouldBe(audit);
        (await api.FeedSequenceAsync()).ShouldBe(feed);

        var applied = await (await admin.ImportCsvAsync(table.ToString(), dryRun: false)).ShouldBeReportAsync();

        applied.GetProperty("dryRun").GetBoolean().ShouldBeFalse();
        applied.Counts("products").ShouldBe(dryRun.Counts("products"));
        applied.Counts("skus").ShouldBe(dryRun.Counts("skus"));
        var importId = applied.GetProperty("importId").GetString()!;
        importId.ShouldMatch("^imp_[0-9a-f]{32}$");
        (await api.Database.ScalarAsync<long>($"SELECT COUNT(*) FROM catalogue_audit WHERE reason = 'bulk import {importId}'"))
            .ShouldBe(await api.AuditEntriesAsync() - audit, "every entry the import wrote names it");
        (await admin.ExportAsync("csv")).ShouldBe(table.ToString(), "the file listed products by id and SKUs by code, as export does");
        (await api.CreateClient().GetJsonAsync<JsonElement>("/v1/products/classic-campus-8")).GetProperty("name").GetString()
            .ShouldBe("Campus Everyday School Mini 8 L (2027)");
    }

    [Fact]
    public async Task One_bad_row_among_many_valid_changes_writes_nothing()
    {
        var (admin, table) = await StartAsync();
        var before = table.ToString();
        foreach (var productId in table.Rows.Select(r => r[0]).Distinct().ToList())
        {
            table.SetProduct(productId, "lead_time_days", "90");
        }

        for (var i = 0; i < table.Rows.Count; i++)
        {
            table[i, "stock_on_hand"] = "5000";
        }

        var bad = table.RowOf("TC-PATROL10-TAN");
        table[bad, "moq"] = "ten";
        var audit = await api.AuditEntriesAsync();

        var errors = await (await admin.ImportCsvAsync(table.ToString())).ShouldBeRejectedAsync();

        var error = errors.ShouldHaveSingleItem();
        error.At().ShouldBe((Line(bad), "moq"));
        error.Text("productId").ShouldBe("tactical-patrol-10");
        error.Text("sku").ShouldBe("TC-PATROL10-TAN");
        error.Text("message").ShouldBe("moq: 'ten' is not a whole number.");
        (await admin.ExportAsync("csv")).ShouldBe(before);
        (await api.AuditEntriesAsync()).ShouldBe(audit);
    }

    [Fact]
    public async Task A_missing_column_is_one_error_on_row_1()
    {
        var (admin, table) = await StartAsync();
        var column = table.Header.IndexOf("hs_code");
        table.Header.RemoveAt(column);
        table.Rows.ForEach(r => r.RemoveAt(column));

        var error = (await (await admin.ImportCsvAsync(table.ToString())).ShouldBeRejectedAsync()).ShouldHaveSingleItem();

        error.At().ShouldBe((1, "hs_code"));
        error.Text("message").ShouldBe("The header lacks the column hs_code.");
    }

    [Fact]
    public async Task An_unknown_column_is_one_error_on_row_1()
    {
        var (admin, table) = await StartAsync();
        table.Header.Add("colour_code");
        table.Rows.ForEach(r => r.Add("#000000"));

        var error = (await (await admin.ImportCsvAsync(table.ToString())).ShouldBeRejectedAsync()).ShouldHaveSingleItem();

        error.At().ShouldBe((1, "colour_code"));
        error.Text("message")!.ShouldStartWith("'colour_code' is not a column of the catalogue CSV; the columns are: product_id, category,");
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_names_its_row_and_column()
    {
        var (admin, table) = await StartAsync();
        var row = table.RowOf("KD-DINO7-VLO");
        table[row, "moq"] = "ten";

        var error = (await (await admin.ImportCsvAsync(table.ToString())).ShouldBeRejectedAsync()).ShouldHaveSingleItem();

        error.At().ShouldBe((Line(row), "moq"));
        error.Text("sku").ShouldBe("KD-DINO7-VLO");
    }

    [Fact]
    public async Task A_sku_listed_twice_is_an_error_at_its_second_row()
    {
        var (admin, table) = await StartAsync();
        var first = table.RowOf("CL-METRO9-BLK");
        var second = table.RowOf("LE-ATEL6-TAN");
        table[second, "sku"] = "CL-METRO9-BLK";

        var error = (await (await admin.ImportCsvAsync(table.ToString())).ShouldBeRejectedAsync()).ShouldHaveSingleItem();

        error.At().ShouldBe((Line(second), "sku"));
        error.Text("productId").ShouldBe("leather-atelier-6");
        error.Text("message").ShouldBe($"The SKU CL-METRO9-BLK appears more than once in the file (first at row {Line(first)}); a SKU belongs to one product and is listed once.");
    }

    [Fact]
    public async Task A_sku_listed_twice_in_one_product_is_one_error_at_its_second_row()
    {
        var (admin, table) = await StartAsync();
        var first = table.RowOf("CL-METRO9-BLK");
        var second = table.RowOf("CL-METRO9-NVY");
        table[second, "sku"] = "CL-METRO9-BLK";

        var error = (await (await admin.ImportCsvAsync(table.ToString())).ShouldBeRejectedAsync()).ShouldHaveSingleItem();

        error.At().ShouldBe((Line(second), "sku"));
        error.Text("message").ShouldBe($"The SKU CL-METRO9-BLK appears more than once in the file (first at row {Line(first)}); a SKU belongs to one product and is listed once.");
    }

    [Fact]
    public async Task A_sku_of_another_product_is_refused()
    {
        var (admin, table) = await StartAsync();
        var row = table.RowOf("KD-GLOW7-ELP");
        table[row, "product_id"] = "kids-glow-safe-new-7";

        var error = (await (await admin.ImportCsvAsync(table.ToString())).ShouldBeRejectedAsync()).ShouldHaveSingleItem();

        error.At().ShouldBe((Line(row), "sku"));
        error.Text("productId").ShouldBe("kids-glow-safe-new-7");
        error.Text("message")!.ShouldContain("KD-GLOW7-ELP already belongs to product kids-glow-safe-7");
    }

    [Fact]
    public async Task An_unknown_family_is_an_error_on_the_products_first_row()
    {
        var (admin, table) = await StartAsync();
        table.SetProduct("hike-trail-runner-10", "category", "duffel");

        var error = (await (await admin.ImportCsvAsync(table.ToString())).ShouldBeRejectedAsync()).ShouldHaveSingleItem();

        error.At().ShouldBe((Line(table.Rows.FindIndex(r => r[0] == "hike-trail-runner-10")), "category"));
        error.Text("sku").ShouldBeNull();
        error.Text("message")!.ShouldStartWith("category must be one of: classic, eco, hike-daypack, kids, leather, tactical");
    }

    [Fact]
    public async Task A_tier_ladder_rising_in_price_is_an_error_at_its_price_tiers()
    {
        var (admin, table) = await StartAsync();
        var row = table.RowOf("EC-LOOP10-SUN");
        table[row, "price_tiers"] = "100:7.50|300:7.90|500:6.90";

        var error = (await (await admin.ImportCsvAsync(table.ToString())).ShouldBeRejectedAsync()).ShouldHaveSingleItem();

        error.At().ShouldBe((Line(row), "price_tiers"));
        error.Text("message").ShouldBe("Unit prices must fall as quantity rises: 7.90 is not below the previous tier's 7.50.");
    }

    [Fact]
    public async Task A_row_with_the_wrong_number_of_fields_is_an_error_for_that_row()
    {
        var (admin, table) = await StartAsync();
        var row = table.RowOf("LE-SOHO7-IVR");
        table.Rows[row].Add("surplus");

        var error = (await (await admin.ImportCsvAsync(table.ToString())).ShouldBeRejectedAsync()).ShouldHaveSingleItem();

        error.At().ShouldBe((Line(row), null));
        error.Text("message").ShouldBe("The row has 52 fields; the header has 51. Every row has a field for every column.");
    }

    /// <summary>Rows in reverse order: the rules see each product's SKUs in code order, and the errors still name the file's rows.</summary>
    [Fact]
    public async Task Every_error_in_a_file_is_reported_at_once_in_file_order()
    {
        var (admin, table) = await StartAsync();
        table.Rows.Reverse();
        table[table.RowOf("KD-DINO7-VLO"), "moq"] = "ten";
        var claimed = table.RowOf("LE-ATEL6-TAN");
        table[claimed, "sku"] = "CL-METRO9-BLK";
        table.SetProduct("hike-trail-runner-10", "category", "duffel");
        table[table.RowOf("EC-LOOP10-SUN"), "price_tiers"] = "100:7.50|300:7.90|500:6.90";
        table[table.RowOf("CL-METRO9-NVY"), "carton_size"] = "30";
        table.Rows[table.RowOf("LE-SOHO7-IVR")].Add("surplus");

        var errors = await (await admin.ImportCsvAsync(table.ToString())).ShouldBeRejectedAsync();

        var expected = new List<(int, string?)>
        {
            (Line(table.RowOf("KD-DINO7-VLO")), "moq"),
            (Line(claimed), "sku"), // listed first, under a product it does not belong to
            (Line(table.Rows.FindIndex(r => r[0] == "classic-metro-9" && r[table.Header.IndexOf("sku")] == "CL-METRO9-BLK")), "sku"), // listed again
            (Line(table.Rows.FindIndex(r => r[0] == "hike-trail-runner-10")), "category"),
            (Line(table.RowOf("EC-LOOP10-SUN")), "price_tiers"),
            (Line(table.RowOf("CL-METRO9-NVY")), "moq"),
            (Line(table.RowOf("CL-METRO9-NVY")), "order_increment"),
            (Line(table.RowOf("CL-METRO9-NVY")), "carton_gross_weight_kg"), // 30 bags of 380 g outweigh the carton's 9.09 kg
            (Line(table.RowOf("LE-SOHO7-IVR")), null),
        };
        errors.Select(e => e.At()).ShouldBe(expected.OrderBy(e => e.Item1).ThenBy(e => Backpack.Catalog.Api.Features.Admin.Imports.CatalogueCsvColumns.Position(e.Item2)));
    }

    [Fact]
    public async Task Past_a_thousand_errors_the_rest_are_counted()
    {
        var (admin, table) = await StartAsync();
        foreach (var row in table.Rows)
        {
            foreach (var column in new[] { "capacity_litres", "height_cm", "width_cm", "depth_cm", "weight_grams", "max_load_kg", "stitches_per_inch",
                         "lead_time_days", "moq", "order_increment", "carton_size", "max_per_order", "sample_price_usd", "sample_max", "stock_on_hand", "price_tiers" })
            {
                row[table.Header.IndexOf(column)] = "x";
            }
        }

        var response = await admin.ImportCsvAsync(table.ToString());

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").GetArrayLength().ShouldBe(1_000);
        var total = table.Rows.Select(r => r[0]).Distinct().Count() * 8 + table.Rows.Count * 8;
        problem.GetProperty("truncatedErrors").GetInt32().ShouldBe(total - 1_000);
        problem.GetProperty("detail").GetString()!.ShouldStartWith($"{total} error(s) in the file; nothing was imported.");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("text/csv; charset=iso-8859-1")]
    public async Task Another_content_type_is_415(string contentType)
    {
        var admin = await api.AdminClientAsync();
        using var content = new StringContent("product_id\r\n", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await admin.PostAsync(CatalogueFiles.ImportRoute, content, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("detail").GetString()!.ShouldContain("application/json (a catalogue document) or text/csv");
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_415()
    {
        var admin = await api.AdminClientAsync();
        using var content = new ByteArrayContent("{}"u8.ToArray());

        var response = await admin.PostAsync(CatalogueFiles.ImportRoute, content, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_400()
    {
        var admin = await api.AdminClientAsync();
        using var content = new ByteArrayContent([.. Encoding.UTF8.GetBytes("product_id,name\r\nx,Sac "), 0xE0, 0x20, .. "dos\r\n"u8]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");

        var response = await admin.PostAsync(CatalogueFiles.ImportRoute, content, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().ShouldBe("The bytes at offset 23 are not valid UTF-8. Save the file as UTF-8 and send it again.");
    }

    [Fact]
    public async Task DryRun_must_be_true_or_false()
    {
        var admin = await api.AdminClientAsync();

        var response = await admin.PostAsync($"{CatalogueFiles.ImportRoute}?dryRun=maybe",
            new StringContent("", Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);

        (await response.ShouldBeValidationProblemAsync()).ShouldBe(["dryRun"]);
    }
}
