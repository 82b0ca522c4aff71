using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Admin.Audit.ListAuditEntries;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Labels;
using Backpack.Catalog.Api.Features.Catalogue.GetProduct;
using Backpack.Catalog.Api.Features.Catalogue.GetVariant;
using Backpack.Catalog.Api.Features.Catalogue.ListCategories;
using Backpack.Catalog.Api.Features.Catalogue.ListProducts;
using Backpack.Catalog.Api.Infrastructure.Data.Seeding;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Catalogue;

/// <summary>
/// Storefronts in Berlin, Paris, São Paulo and Dubai read the catalogue in their language: names, descriptions, labels and option names
/// come back translated where the catalogue owner translated them and in English where not, Content-Language says which language the
/// answer is in, and caches keep one copy per language. Expected texts come from the seed files, not from the API.
/// </summary>
public sealed class CatalogueLanguagesTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private const string Metro = "classic-metro-9";

    private static readonly LabelSeed Labels = LabelSeeder.LoadEmbedded();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static SeedProduct SeedOf(string id) => SeedExpectations.Products.Single(p => p.Id == id);

    [Fact]
    public async Task A_German_read_says_Content_Language_de_and_has_an_ETag_of_its_own()
    {
        var client = api.CreateClient();
        var english = await client.GetAsync($"/v1/products/{Metro}", Cancellation);
        var german = await client.SendAsync(Get($"/v1/products/{Metro}", "de-DE,de;q=0.9,en;q=0.8"), Cancellation);

        english.Content.Headers.ContentLanguage.ShouldBe(["en"]);
        german.Content.Headers.ContentLanguage.ShouldBe(["de"]);
        german.Headers.Vary.ShouldContain("Accept-Language");
        german.Headers.Vary.ShouldContain("X-Api-Key", "the distributor's prices still vary the answer");
        german.Headers.ETag.ShouldNotBe(english.Headers.ETag);

        var product = await german.ShouldBeJsonAsync<ProductResponse>();
        var seed = SeedOf(Metro).Translations!.De!;
        (product.Language, product.Name, product.Description).ShouldBe(("de", seed.Name, seed.Description));
        product.Name.ShouldContain("Rucksack");
        product.FeatureLabels["tablet-sleeve"].ShouldBe(Labels.Features["tablet-sleeve"].De);
        product.CertificationLabels["REACH"].ShouldBe(Labels.Certifications["REACH"].De);
        product.FeatureLabels.Keys.ShouldBe(product.Features, ignoreOrder: true);

        var again = await client.SendAsync(Get($"/v1/products/{Metro}", "de", german.Headers.ETag!.Tag), Cancellation);
        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        var englishTagInGerman = await client.SendAsync(Get($"/v1/products/{Metro}", "de", english.Headers.ETag!.Tag), Cancellation);
        englishTagInGerman.StatusCode.ShouldBe(HttpStatusCode.OK, "the English copy is not the German one");
    }

    [Theory]
    [InlineData("fr-CA,fr;q=0.9", null, "fr")]
    [InlineData("pt-PT", null, "pt-BR")]
    [InlineData("ja, ar-EG;q=0.4", null, "ar")]
    [InlineData("ja", null, "en")]
    [InlineData("de;q=0, fr;q=0.1", null, "fr")]
    [InlineData("de", "fr", "fr")]
    [InlineData(";;q=x,,", null, "en")]
    public async Task Lang_wins_over_Accept_Language_and_what_matches_nothing_is_English(string acceptLanguage, string? lang, string expected)
    {
        var client = api.CreateClient();
        var url = "/v1/variants/CL-METRO9-BLK" + (lang is null ? "" : $"?lang={lang}");
        var response = await client.SendAsync(Get(url, acceptLanguage), Cancellation);
        response.Content.Headers.ContentLanguage.ShouldBe([expected]);
        var variant = await response.ShouldBeJsonAsync<GetVariantResponse>();
        variant.Language.ShouldBe(expected);
        variant.ProductName.ShouldBe(expected == "en" ? SeedOf(Metro).Name : SeedOf(Metro).Translations!.In(expected)!.Name);
    }

    [Theory]
    [InlineData("/v1/products?lang=xx")]
    [InlineData("/v1/products/classic-metro-9?lang=EN")]
    [InlineData("/v1/variants/CL-METRO9-BLK?lang=pt")]
    [InlineData("/v1/categories?lang=de-DE")]
    public async Task An_unsupported_lang_is_a_400_naming_it(string url)
    {
        var errors = await (await api.CreateClient().GetAsync(url, Cancellation)).ShouldBeValidationProblemAsync();
        errors.ShouldBe(["lang"]);
    }

    [Fact]
    public async Task Q_searches_the_language_asked_and_the_name_sort_pages_through_it()
    {
        var client = api.CreateClient();
        var expected = SeedExpectations.Products
            .Where(p => Contains(p.Translations?.De?.Name ?? p.Name, "rucksack") || Contains(p.Translations?.De?.Description ?? p.Description, "rucksack"))
            .Select(p => p.Id).ToList();
        expected.Count.ShouldBeGreaterThan(20, "the German seed calls its minis Rucksack");

        var german = await WalkAsync(client, "/v1/products?lang=de&q=Rucksack&limit=7");
        german.Select(p => p.Id).ShouldBe(expected, ignoreOrder: true);
        german.Select(p => p.Name).ShouldBe(german.Select(p => p.Name).Order(StringComparer.Ordinal), "sorted by the German names");
        german.ShouldAllBe(p => p.Name == SeedOf(p.Id).Translations!.De!.Name);

        var english = await client.GetJsonAsync<ListProductsResponse>("/v1/products?q=Rucksack");
        english!.Items.ShouldBeEmpty("no English text says Rucksack");
        english.Language.ShouldBe("en");

        var firstPage = await client.GetJsonAsync<ListProductsResponse>("/v1/products?lang=de&limit=5");
        var errors = await (await client.GetAsync($"/v1/products?lang=fr&limit=5&cursor={firstPage!.NextCursor}", Cancellation)).ShouldBeValidationProblemAsync();
        errors.ShouldBe(["cursor"], "a German cursor is a place in the German order");
    }

    [Fact]
    public async Task Categories_labels_and_option_names_are_in_the_language_asked()
    {
        var client = api.CreateClient();
        var french = await client.GetJsonAsync<ListCategoriesResponse>("/v1/categories?lang=fr");
        french!.Language.ShouldBe("fr");
        french.Items.ShouldAllBe(c => c.Name == Labels.Categories[c.Key].Name.Fr && c.Description == Labels.Categories[c.Key].Description.Fr);
        var english = await client.GetJsonAsync<ListCategoriesResponse>("/v1/categories");
        english!.Items.ShouldAllBe(c => c.Name == Labels.Categories[c.Key].Name.En, "labels.json repeats the families' English names");

        var options = CustomizationSeeder.LoadEmbedded().Options.ToDictionary(o => o.Id!);
        var arabic = await client.GetJsonAsync<ProductResponse>($"/v1/products/{Metro}?lang=ar");
        arabic!.CustomizationOptions.ShouldNotBeEmpty();
        arabic.CustomizationOptions.ShouldAllBe(o => o.Name == options[o.Id].NameTranslations!.Ar);
        arabic.FeatureLabels.ShouldAllBe(l => l.Value == Labels.Features[l.Key].Ar);
    }

    [Fact]
    public async Task The_admin_translates_one_language_with_If_Match_and_Arabic_round_trips_unchanged()
    {
        const string id = "kids-dino-explorer-7";
        var admin = await api.AdminClientAsync();
        var url = $"/v1/admin/products/{id}/translations/ar";
        // Vowel marks, an Arabic comma, Eastern Arabic digits and a right-to-left mark: all must come back exactly as sent.
        const string name = "حَقيبة ديـنو إكسبلورر الصغيرة، ٧ لتر\u200F";
        var stored = await admin.GetJsonAsync<AdminProductResponse>($"/v1/admin/products/{id}");
        var since = (await ChangeFeed.WalkAsync(api.CreateClient())).Cursor;

        await (await admin.SendAsync(Put(url, new { name }, null), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await admin.SendAsync(Put(url, new { name }, "\"999\""), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await (await admin.SendAsync(Put($"/v1/admin/products/{id}/translations/en", new { name }, stored!.ETag), Cancellation))
            .ShouldBeValidationProblemAsync()).ShouldBe(["language"]);
        (await (await admin.SendAsync(Put(url, new { name = " padded " }, stored.ETag), Cancellation))
            .ShouldBeValidationProblemAsync()).ShouldBe(["translations.ar.name"]);

        var saved = await (await admin.SendAsync(Put(url, new { name }, stored.ETag), Cancellation)).ShouldBeJsonAsync<AdminProductResponse>();
        saved.Version.ShouldBe(stored.Version + 1);
        saved.Translations!.Ar!.Name.ShouldBe(name);
        saved.Translations.Ar.Description.ShouldBeNull("the description is left to English");
        saved.Translations.De.ShouldBe(stored.Translations!.De, "the other languages are not touched");

        var raw = await api.CreateClient().GetStringAsync($"/v1/products/{id}?lang=ar", Cancellation);
        var read = JsonSerializer.Deserialize<ProductResponse>(raw, HttpAssertions.Json)!;
        read.Name.ShouldBe(name);
        read.Description.ShouldBe(SeedOf(id).Description, "a field without a translation is in English");

        var changes = (await ChangeFeed.WalkAsync(api.CreateClient(), since)).Changes;
        changes.ShouldContain(c => c.ResourceType == "product" && c.Id == id);
        var trail = (await admin.GetJsonAsync<ListAuditEntriesResponse>($"/v1/admin/audit?resourceId={id}&action=product.updated"))!;
        var change = trail.Items[0].Changes;
        change.GetProperty("translations.ar.name").GetProperty("to").GetString().ShouldBe(name);
        change.GetProperty("translations.ar.name").GetProperty("from").GetString().ShouldBe(SeedOf(id).Translations!.Ar!.Name);

        var removed = await (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Delete, url) { Headers = { { "If-Match", saved.ETag } } }, Cancellation))
            .ShouldBeJsonAsync<AdminProductResponse>();
        removed.Translations!.Ar.ShouldBeNull();
        (await api.CreateClient().GetJsonAsync<ProductResponse>($"/v1/products/{id}?lang=ar"))!.Name.ShouldBe(SeedOf(id).Name);
        await (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Delete, url) { Headers = { { "If-Match", removed.ETag } } }, Cancellation))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Replacing_a_product_without_translations_keeps_them_and_an_empty_object_removes_them()
    {
        const string id = "eco-loop-campaign-10";
        var admin = await api.AdminClientAsync();
        var stored = (await admin.GetJsonAsync<AdminProductResponse>($"/v1/admin/products/{id}"))!;
        var body = new
        {
            stored.Category, stored.Name, Description = stored.Description + " Now in a campaign colour.", stored.Specs, stored.Features,
            stored.Certifications, stored.OriginCountry, stored.HsCode, stored.LeadTimeDays, stored.ProductMoq,
        };
        var kept = await (await admin.SendAsync(Put($"/v1/admin/products/{id}", body, stored.ETag), Cancellation)).ShouldBeJsonAsync<AdminProductResponse>();
        kept.Translations.ShouldBe(stored.Translations);

        var cleared = await (await admin.SendAsync(Put($"/v1/admin/products/{id}", new
        {
            body.Category, body.Name, body.Description, body.Specs, body.Features, body.Certifications, body.OriginCountry, body.HsCode,
            body.LeadTimeDays, body.ProductMoq, translations = new { },
        }, kept.ETag), Cancellation)).ShouldBeJsonAsync<AdminProductResponse>();
        cleared.Translations.ShouldBeNull();
        (await api.CreateClient().GetJsonAsync<ProductResponse>($"/v1/products/{id}?lang=de"))!.Name.ShouldBe(stored.Name);

        var restored = await (await admin.SendAsync(Put($"/v1/admin/products/{id}", new
        {
            body.Category, body.Name, body.Description, body.Specs, body.Features, body.Certifications, body.OriginCountry, body.HsCode,
            body.LeadTimeDays, body.ProductMoq, stored.Translations,
        }, cleared.ETag), Cancellation)).ShouldBeJsonAsync<AdminProductResponse>();
        restored.Translations.ShouldBe(stored.Translations, "the other tests of this class read the seeded German");
    }

    [Fact]
    public async Task The_admin_relabels_a_feature_and_a_family_with_If_Match_and_reads_and_the_feed_follow()
    {
        var admin = await api.AdminClientAsync();
        const string url = "/v1/admin/labels/feature/laptop-sleeve";
        var all = (await admin.GetJsonAsync<ListLabelsResponse>("/v1/admin/labels"))!;
        all.Items.Count.ShouldBe(30, "12 features, 12 certifications and 6 families");
        var stored = await (await admin.GetAsync(url, Cancellation)).ShouldBeJsonAsync<LabelResponse>();
        stored.Label.ShouldBe(Labels.Features["laptop-sleeve"]);
        var since = (await ChangeFeed.WalkAsync(api.CreateClient())).Cursor;

        var relabelled = stored.Label with { De = "Gepolstertes Laptopfach" };
        await (await admin.SendAsync(Put(url, new { label = relabelled }, null), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await admin.SendAsync(Put(url, new { label = relabelled }, "\"9\""), Cancellation)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await (await admin.SendAsync(Put(url, new { label = relabelled, description = relabelled }, stored.ETag), Cancellation))
            .ShouldBeValidationProblemAsync()).ShouldBe(["description"]);
        (await (await admin.SendAsync(Put(url, new { label = new { de = "Laptopfach" } }, stored.ETag), Cancellation))
            .ShouldBeValidationProblemAsync()).ShouldBe(["label.en"]);
        await (await admin.SendAsync(Put("/v1/admin/labels/feature/jetpack", new { label = relabelled }, stored.ETag), Cancellation))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await admin.GetAsync("/v1/admin/labels/colour/black", Cancellation)).ShouldBeValidationProblemAsync()).ShouldBe(["kind"]);

        var saved = await (await admin.SendAsync(Put(url, new { label = relabelled }, stored.ETag), Cancellation)).ShouldBeJsonAsync<LabelResponse>();
        saved.Version.ShouldBe(stored.Version + 1);
        var withSleeve = SeedExpectations.Products.Where(p => p.Features.Contains("laptop-sleeve")).Select(p => p.Id).ToList();
        withSleeve.ShouldNotBeEmpty();
        var german = await api.CreateClient().GetJsonAsync<ProductResponse>($"/v1/products/{withSleeve[0]}?lang=de");
        german!.FeatureLabels["laptop-sleeve"].ShouldBe("Gepolstertes Laptopfach");
        var english = await api.CreateClient().GetJsonAsync<ProductResponse>($"/v1/products/{withSleeve[0]}");
        english!.FeatureLabels["laptop-sleeve"].ShouldBe(stored.Label.En);

        var announced = (await ChangeFeed.WalkAsync(api.CreateClient(), since)).Changes.Where(c => c.ResourceType == "product").Select(c => c.Id);
        announced.ShouldBe(withSleeve, ignoreOrder: true, "every published product that shows the label, and only those");
        var trail = (await admin.GetJsonAsync<ListAuditEntriesResponse>("/v1/admin/audit?resourceType=label&resourceId=feature/laptop-sleeve"))!;
        trail.Items.Single().Action.ShouldBe("label.updated");
        trail.Items[0].Changes.GetProperty("label.de").GetProperty("to").GetString().ShouldBe("Gepolstertes Laptopfach");

        var family = await (await admin.GetAsync("/v1/admin/labels/category/kids", Cancellation)).ShouldBeJsonAsync<LabelResponse>();
        var renamed = await (await admin.SendAsync(Put("/v1/admin/labels/category/kids", new
        {
            label = family.Label with { Fr = "Enfants et écoles" }, family.Description,
        }, family.ETag), Cancellation)).ShouldBeJsonAsync<LabelResponse>();
        (await api.CreateClient().GetJsonAsync<ListCategoriesResponse>("/v1/categories?lang=fr"))!.Items.Single(c => c.Key == "kids").Name.ShouldBe("Enfants et écoles");

        (await admin.SendAsync(Put(url, new { label = stored.Label }, saved.ETag), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.SendAsync(Put("/v1/admin/labels/category/kids", new { family.Label, family.Description }, renamed.ETag), Cancellation))
            .StatusCode.ShouldBe(HttpStatusCode.OK, "the other tests of this class read the seeded labels");
    }

    [Fact]
    public async Task Export_carries_translations_and_labels_and_import_replaces_a_label()
    {
        var admin = await api.AdminClientAsync();
        var export = JsonNode.Parse(await admin.GetStringAsync("/v1/admin/catalogue/export?format=json", Cancellation))!;
        var metro = export["products"]!.AsArray().Single(p => (string?)p!["id"] == Metro)!;
        ((string?)metro["translations"]!["ar"]!["name"]).ShouldBe(SeedOf(Metro).Translations!.Ar!.Name);
        var labels = export["labels"]!.AsArray();
        labels.Count.ShouldBe(30);
        var grs = labels.Single(l => (string?)l!["kind"] == "certification" && (string?)l["key"] == "GRS")!;
        ((string?)grs["label"]!["de"]).ShouldBe(Labels.Certifications["GRS"].De);

        var relabelled = new { kind = "certification", key = "GRS", label = Labels.Certifications["GRS"] with { Fr = "Norme mondiale du recyclé (GRS)" } };
        var broken = await (await admin.PostAsJsonAsync("/v1/admin/catalogue/import", new
        {
            products = Array.Empty<object>(), labels = new object[] { relabelled, new { kind = "colour", key = "black", label = new { en = "Black" } } },
        }, Cancellation)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        broken.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ShouldBe(["labels[1].kind"]);

        var imported = await (await admin.PostAsJsonAsync("/v1/admin/catalogue/import", new { products = Array.Empty<object>(), labels = new[] { relabelled } },
            Cancellation)).ShouldBeJsonAsync<JsonElement>();
        imported.GetProperty("labels").GetProperty("updated").GetInt32().ShouldBe(1);
        var stored = await admin.GetJsonAsync<LabelResponse>("/v1/admin/labels/certification/GRS");
        stored!.Label.Fr.ShouldBe("Norme mondiale du recyclé (GRS)");
        var trail = (await admin.GetJsonAsync<ListAuditEntriesResponse>("/v1/admin/audit?resourceId=certification/GRS"))!;
        trail.Items[0].Reason.ShouldStartWith("bulk import imp_");

        await (await admin.PostAsJsonAsync("/v1/admin/catalogue/import", new { products = Array.Empty<object>(), labels = new[] { grs } }, Cancellation))
            .ShouldBeJsonAsync<JsonElement>();
        (await admin.GetJsonAsync<LabelResponse>("/v1/admin/labels/certification/GRS"))!.Label.ShouldBe(Labels.Certifications["GRS"]);
    }

    private static bool Contains(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static async Task<List<ProductSummaryResponse>> WalkAsync(HttpClient client, string url)
    {
        var items = new List<ProductSummaryResponse>();
        string? cursor = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var page = (await client.GetJsonAsync<ListProductsResponse>(cursor is null ? url : $"{url}&cursor={Uri.EscapeDataString(cursor)}"))!;
            page.Language.ShouldBe("de");
            items.AddRange(page.Items);
            if ((cursor = page.NextCursor) is null)
            {
                items.Select(i => i.Id).ShouldBeUnique();
                return items;
            }
        }

        throw new ShouldAssertException("More than 50 pages: the cursor does not advance.");
    }

    private static HttpRequestMessage Get(string url, string acceptLanguage, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(ifNoneMatch));
        return request;
    }

    private static HttpRequestMessage Put(string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: HttpAssertions.Json) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
