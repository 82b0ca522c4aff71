using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using static Backpack.Catalog.IntegrationTests.Admin.Catalogue.AdminRequests;

namespace Backpack.Catalog.IntegrationTests.Admin.Catalogue;

public sealed class ProductAdminTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_product_is_created_as_a_draft_and_reaches_the_public_catalogue_only_when_published()
    {
        var admin = await api.AdminClientAsync();
        var created = await admin.PostAsJsonAsync("/v1/admin/products", Product("classic-harbour-9", variants: [Variant("CL-HARB9-SND")]), Ct);
        var body = await created.ShouldBeJsonAsync<JsonElement>(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe("/v1/admin/products/classic-harbour-9");
        created.Headers.ETag!.Tag.ShouldBe("\"1\"");
        body.GetProperty("status").GetString().ShouldBe("draft");
        body.GetProperty("variants")[0].GetProperty("href").GetString().ShouldBe("/v1/admin/variants/CL-HARB9-SND");
        (await admin.GetAsync("/v1/products/classic-harbour-9", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/v1/variants/CL-HARB9-SND", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var published = await admin.SendAsync(HttpMethod.Post, "/v1/admin/products/classic-harbour-9/publish", null, "\"1\"");
        (await published.ShouldBeJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("published");
        published.Headers.ETag!.Tag.ShouldBe("\"2\"");

        var product = await admin.GetJsonAsync<JsonElement>("/v1/products/classic-harbour-9");
        var variant = product.GetProperty("variants")[0];
        variant.GetProperty("priceTiers")[0].GetProperty("unitPrice").GetProperty("amount").GetDecimal().ShouldBe(10.40m);
        variant.GetProperty("stockAvailable").GetInt32().ShouldBe(60);
        product.GetProperty("features").EnumerateArray().Select(f => f.GetString()).ShouldBe(["bottle-pocket", "tablet-sleeve"]);

        var again = await admin.SendAsync(HttpMethod.Post, "/v1/admin/products/classic-harbour-9/publish", null, "\"2\"");
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("currentStatus").GetString().ShouldBe("published");
    }

    [Fact]
    public async Task Creating_an_existing_product_is_409_and_a_product_that_breaks_the_rules_gets_every_violation_at_once()
    {
        var admin = await api.AdminClientAsync();
        var taken = await admin.PostAsJsonAsync("/v1/admin/products", Product("classic-metro-9"), Ct);
        (await taken.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString().ShouldEndWith("/already-exists");

        var broken = Product("eco-broken-1", category: "duffel", status: "published", specs: Specs(capacityLitres: -2), variants:
        [
            Variant("EC-BROKEN1-GRN", moq: 90, tiers: [Tier(100, 10m), Tier(300, 10.50m), Tier(250, 9m)]),
            Variant("EC-BROKEN1-GRN"),
        ]);
        var keys = await (await admin.PostAsJsonAsync("/v1/admin/products", broken, Ct)).ShouldBeValidationProblemAsync();
        keys.ShouldBe([
            "category", "specs.capacityLitres", "variants[0].moq", "variants[0].priceTiers[0].minQuantity",
            "variants[0].priceTiers[1].minQuantity", "variants[0].priceTiers[1].unitPriceUsd", "variants[0].priceTiers[2].minQuantity", "variants[1].sku",
        ], ignoreOrder: true);
        (await admin.GetAsync("/v1/admin/products/eco-broken-1", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // Found by the OpenAPI fuzz test: a null inside a list (a SKU, a tier, a key) was a 500.
    [Fact]
    public async Task Nulls_inside_a_products_lists_are_400_at_their_paths_and_create_nothing()
    {
        var admin = await api.AdminClientAsync();
        var holes = new
        {
            id = "classic-holes-1", category = "classic", name = "Holes", description = "Nulls in every list.", specs = Specs(),
            features = new[] { "tablet-sleeve", null }, certifications = new string?[] { null }, originCountry = "VN", hsCode = "4202.92",
            leadTimeDays = 45, variants = new object?[] { null, new { sku = "CL-HOLES1-BLK", priceTiers = new object?[] { null } } },
        };

        var response = await admin.PostAsJsonAsync("/v1/admin/products", holes, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(
            ["features[1]", "certifications[0]", "variants[0]", "variants[1].priceTiers[0]"], ignoreOrder: true);
        problem.GetProperty("errors").GetProperty("variants[0]")[0].GetString().ShouldBe("A SKU belongs here, not null.");
        (await admin.GetAsync("/v1/admin/products/classic-holes-1", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Updates_need_If_Match_are_refused_when_stale_and_answer_the_new_ETag()
    {
        var admin = await api.AdminClientAsync();
        var (product, etag) = await admin.ReadAsync("/v1/admin/products/classic-campus-8");
        var renamed = Editable(product).With("name", "Campus Classic Mini 8 L (2027)");

        var missing = await admin.SendAsync(HttpMethod.Put, "/v1/admin/products/classic-campus-8", renamed, null);
        (await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired)).GetProperty("type").GetString().ShouldEndWith("/precondition-required");

        var wrong = await admin.SendAsync(HttpMethod.Put, "/v1/admin/products/classic-campus-8", renamed, "\"999\"");
        (await wrong.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed)).GetProperty("currentETag").GetString().ShouldBe(etag);

        var saved = await admin.SendAsync(HttpMethod.Put, "/v1/admin/products/classic-campus-8", renamed, etag);
        (await saved.ShouldBeJsonAsync<JsonElement>()).GetProperty("name").GetString().ShouldBe("Campus Classic Mini 8 L (2027)");
        var newTag = saved.Headers.ETag!.Tag;
        newTag.ShouldNotBe(etag);
        (await admin.GetJsonAsync<JsonElement>("/v1/products/classic-campus-8")).GetProperty("name").GetString().ShouldBe("Campus Classic Mini 8 L (2027)");

        var unchanged = await admin.SendAsync(HttpMethod.Put, "/v1/admin/products/classic-campus-8", renamed, newTag);
        unchanged.StatusCode.ShouldBe(HttpStatusCode.OK);
        unchanged.Headers.ETag!.Tag.ShouldBe(newTag, "saving identical content changes nothing");

        var stale = await admin.SendAsync(HttpMethod.Put, "/v1/admin/products/classic-campus-8", renamed.With("name", "Older edit"), etag);
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.GetJsonAsync<JsonElement>("/v1/products/classic-campus-8")).GetProperty("name").GetString().ShouldBe("Campus Classic Mini 8 L (2027)");
    }

    [Fact]
    public async Task Two_admins_editing_the_same_product_from_the_same_read_one_wins_and_the_other_gets_412()
    {
        var first = await api.AdminClientAsync();
        var second = await api.AdminClientAsync();
        var (product, etag) = await first.ReadAsync("/v1/admin/products/hike-ridgeline-12");

        var answers = await Task.WhenAll(
            first.SendAsync(HttpMethod.Put, "/v1/admin/products/hike-ridgeline-12", Editable(product).With("leadTimeDays", 50), etag),
            second.SendAsync(HttpMethod.Put, "/v1/admin/products/hike-ridgeline-12/specs",
                JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(product.GetProperty("specs").GetRawText())!.With("zipper", "YKK #8 coil"),
                etag));

        answers.Select(a => a.StatusCode).ShouldBe([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], ignoreOrder: true);
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
        var (after, afterTag) = await first.ReadAsync("/v1/admin/products/hike-ridgeline-12");
        afterTag.ShouldBe(winner.Headers.ETag!.Tag);
        var leadTimeWon = after.GetProperty("leadTimeDays").GetInt32() == 50;
        var zipperWon = after.GetProperty("specs").GetProperty("zipper").GetString() == "YKK #8 coil";
        (leadTimeWon ^ zipperWon).ShouldBeTrue("exactly one of the two edits is saved");
    }

    [Fact]
    public async Task Specs_are_replaced_whole_and_checked_with_their_units()
    {
        var admin = await api.AdminClientAsync();
        var (_, etag) = await admin.ReadAsync("/v1/admin/products/classic-heritage-flap-10");
        var bad = await admin.SendAsync(HttpMethod.Put, "/v1/admin/products/classic-heritage-flap-10/specs",
            new { material = "canvas", capacityLitres = 0, heightCm = 500 }, etag);
        (await bad.ShouldBeValidationProblemAsync()).ShouldContain("specs.material");

        var saved = await admin.SendAsync(HttpMethod.Put, "/v1/admin/products/classic-heritage-flap-10/specs", Specs(capacityLitres: 10.5), etag);
        (await saved.ShouldBeJsonAsync<JsonElement>()).GetProperty("specs").GetProperty("capacityLitres").GetDouble().ShouldBe(10.5);
        var specs = (await admin.GetJsonAsync<JsonElement>("/v1/products/classic-heritage-flap-10")).GetProperty("specs");
        specs.GetProperty("capacityLitres").GetDouble().ShouldBe(10.5);
        specs.GetProperty("dimensionsCm").GetProperty("height").GetDouble().ShouldBe(32);
    }

    [Fact]
    public async Task Unpublishing_and_archiving_take_a_product_out_of_the_public_catalogue_and_publishing_brings_it_back()
    {
        var admin = await api.AdminClientAsync();
        var (_, etag) = await admin.ReadAsync("/v1/admin/products/classic-pastel-promo-8");
        var archived = await admin.SendAsync(HttpMethod.Post, "/v1/admin/products/classic-pastel-promo-8/archive", null, etag);
        (await archived.ShouldBeJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("archived");
        (await admin.GetAsync("/v1/products/classic-pastel-promo-8", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var quote = await admin.PostAsJsonAsync("/v1/quotes", new { lines = new[] { new { sku = "CL-PASTEL8-MNT", quantity = 100 } } }, Ct);
        (await quote.Content.ReadAsStringAsync(Ct)).ShouldContain("unknown_sku");

        var published = await admin.SendAsync(HttpMethod.Post, "/v1/admin/products/classic-pastel-promo-8/publish", null, archived.Headers.ETag!.Tag);
        published.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/v1/products/classic-pastel-promo-8", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Put_refuses_to_change_what_it_does_not_own_and_unknown_products_are_404()
    {
        var admin = await api.AdminClientAsync();
        var (product, etag) = await admin.ReadAsync("/v1/admin/products/classic-citysafe-anti-theft-9");
        var body = Editable(product).With("status", "archived").With("id", "other-id").With("variants", Array.Empty<object>());
        (await (await admin.SendAsync(HttpMethod.Put, "/v1/admin/products/classic-citysafe-anti-theft-9", body, etag)).ShouldBeValidationProblemAsync())
            .ShouldBe(["id", "status", "variants"], ignoreOrder: true);

        await (await admin.SendAsync(HttpMethod.Put, "/v1/admin/products/no-such-product", Editable(product), etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync("/v1/admin/products/no-such-product", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Admins_list_products_in_every_status_by_id_with_filters_and_cursor_pages()
    {
        var admin = await api.AdminClientAsync();
        await admin.PostAsJsonAsync("/v1/admin/products", Product("leather-draft-7", category: "leather"), Ct);
        var drafts = await admin.GetJsonAsync<JsonElement>("/v1/admin/products?status=draft&category=leather");
        drafts.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ShouldBe(["leather-draft-7"]);

        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await admin.GetJsonAsync<JsonElement>($"/v1/admin/products?limit=7{(cursor is null ? "" : $"&cursor={cursor}")}");
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
        ids.ShouldContain("leather-draft-7");
        ids.Count.ShouldBe(await api.Database.ScalarAsync<int>("SELECT COUNT(*) FROM products"));

        (await (await admin.GetAsync("/v1/admin/products?status=deleted", Ct)).ShouldBeValidationProblemAsync()).ShouldBe(["status"]);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("storefront", HttpStatusCode.Forbidden)]
    [InlineData("distributor", HttpStatusCode.Forbidden)]
    public async Task Only_admins_manage_the_catalogue(string? role, HttpStatusCode expected)
    {
        var client = role switch { null => api.CreateClient(), "storefront" => api.ClientWithKey(DemoKeys.Storefront), _ => api.ClientWithKey(DemoKeys.Nairobi) };
        await (await client.PostAsJsonAsync("/v1/admin/products", Product("classic-sneaky-1"), Ct)).ShouldBeProblemAsync(expected);
        await (await client.SendAsync(HttpMethod.Post, "/v1/admin/products/classic-metro-9/archive", null, "\"1\"")).ShouldBeProblemAsync(expected);
    }
}
