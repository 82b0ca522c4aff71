using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using static Backpack.Catalog.IntegrationTests.Infrastructure.ServedDocument;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// The limits the document states are the ones the server enforces: every request value is bounded in the document,
/// and for representative members a value at the documented limit is accepted while one past it is a 400.
/// </summary>
public sealed class OpenApiLimitsTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private JsonNode? _document;

    [Fact]
    public async Task Every_request_string_integer_and_array_is_bounded_in_the_document()
    {
        var document = await DocumentAsync();
        var unbounded = new List<string>();
        foreach (var (route, operation) in Operations(document))
        {
            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            {
                CollectUnbounded(document, parameter!["schema"]!, $"{route} {parameter["in"]} {parameter["name"]}", unbounded, []);
            }

            foreach (var (mediaType, content) in operation["requestBody"]?["content"]?.AsObject() ?? [])
            {
                CollectUnbounded(document, content!["schema"]!, $"{route} body {mediaType}", unbounded, []);
            }
        }

        unbounded.ShouldBeEmpty($"Request values without a documented limit (maxLength, enum, minimum and maximum, maxItems):\n{string.Join('\n', unbounded)}");
    }

    [Fact]
    public async Task Page_sizes_are_accepted_up_to_the_documented_maximum_and_refused_past_it()
    {
        foreach (var (path, route) in new[] { ("/v1/products", "/v1/products"), ("/v1/catalogue/changes", "/v1/catalogue/changes") })
        {
            var limit = Parameter(await DocumentAsync(), path, "get", "limit");
            var maximum = limit["maximum"]!.GetValue<int>();
            limit["minimum"]!.GetValue<int>().ShouldBe(1);

            (await api.CreateClient().GetAsync($"{route}?limit={maximum}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await (await api.CreateClient().GetAsync($"{route}?limit={maximum + 1}", TestContext.Current.CancellationToken))
                .ShouldBeValidationProblemAsync()).ShouldBe(["limit"]);
            (await (await api.CreateClient().GetAsync($"{route}?limit=0", TestContext.Current.CancellationToken))
                .ShouldBeValidationProblemAsync()).ShouldBe(["limit"]);
        }
    }

    [Fact]
    public async Task The_search_text_is_accepted_up_to_its_documented_length_and_refused_past_it()
    {
        var maxLength = Parameter(await DocumentAsync(), "/v1/products", "get", "q")["maxLength"]!.GetValue<int>();

        (await api.CreateClient().GetAsync($"/v1/products?q={new string('m', maxLength)}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await api.CreateClient().GetAsync($"/v1/products?q={new string('m', maxLength + 1)}", TestContext.Current.CancellationToken))
            .ShouldBeValidationProblemAsync()).ShouldBe(["q"]);
    }

    [Fact]
    public async Task A_category_outside_the_documented_enum_is_refused_and_each_one_in_it_is_accepted()
    {
        var document = await DocumentAsync();
        var category = Parameter(document, "/v1/products", "get", "category");
        category["type"]!.GetValue<string>().ShouldBe("array", "category is repeatable");
        var vocabulary = Schema(document, category["items"]!["$ref"]!.GetValue<string>().Split('/')[^1]);
        var categories = vocabulary["enum"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        categories.ShouldNotBeEmpty();
        foreach (var key in categories)
        {
            (await api.CreateClient().GetAsync($"/v1/products?category={key}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK, key);
        }

        (await (await api.CreateClient().GetAsync("/v1/products?category=backpacks", TestContext.Current.CancellationToken))
            .ShouldBeValidationProblemAsync()).ShouldBe(["category"]);
    }

    [Fact]
    public async Task A_quote_takes_the_documented_number_of_lines_and_quantity_and_no_more()
    {
        var document = await DocumentAsync();
        var maxLines = Schema(document, "QuoteRequest")["properties"]!["lines"]!["maxItems"]!.GetValue<int>();
        var maxQuantity = Schema(document, "LineItemRequest")["properties"]!["quantity"]!["maximum"]!.GetValue<int>();

        // Each SKU may appear once as bulk and once as sample, so the lines use distinct made-up SKUs (unknown SKUs are violations, not 400s).
        object Lines(int count, int quantity) => new { lines = Enumerable.Range(0, count).Select(i => new { sku = $"ZZ-LIMIT-{i:D4}", quantity }).ToArray() };

        (await api.CreateClient().PostAsJsonAsync("/v1/quotes", Lines(maxLines, maxQuantity), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await api.CreateClient().PostAsJsonAsync("/v1/quotes", Lines(maxLines + 1, 1), TestContext.Current.CancellationToken))
            .ShouldBeValidationProblemAsync()).ShouldBe(["lines"]);
        (await (await api.CreateClient().PostAsJsonAsync("/v1/quotes", Lines(1, maxQuantity + 1), TestContext.Current.CancellationToken))
            .ShouldBeValidationProblemAsync()).ShouldBe(["lines[0].quantity"]);
    }

    [Fact]
    public async Task A_distributor_name_is_accepted_up_to_its_documented_length_and_refused_past_it()
    {
        var maxLength = Schema(await DocumentAsync(), "CreateDistributorRequest")["properties"]!["companyName"]!["maxLength"]!.GetValue<int>();
        var admin = await api.AdminClientAsync();
        object Distributor(int nameLength) => new
        {
            companyName = new string('N', nameLength), country = "NG", defaultCurrency = "NGN", defaultIncoterm = "CIF", depositPercent = 30,
            paymentTerms = "T/T: 30 % deposit, 70 % before shipment",
        };

        (await admin.PostAsJsonAsync("/v1/admin/distributors", Distributor(maxLength), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await admin.PostAsJsonAsync("/v1/admin/distributors", Distributor(maxLength + 1), TestContext.Current.CancellationToken))
            .ShouldBeValidationProblemAsync()).ShouldBe(["companyName"]);
    }

    private async Task<JsonNode> DocumentAsync() => _document ??= await ServedDocument.ReadAsync(api);

    private static JsonNode Parameter(JsonNode document, string path, string method, string name) =>
        document["paths"]![path]![method]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!["schema"]!;


    private static void CollectUnbounded(JsonNode document, JsonNode schema, string at, List<string> unbounded, HashSet<string> visiting)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference.Split('/')[^1];
            if (visiting.Add(name))
            {
                CollectUnbounded(document, Schema(document, name), $"{at} ({name})", unbounded, visiting);
                visiting.Remove(name);
            }

            return;
        }

        var type = schema["type"]?.GetValue<string>();
        var bounded = type switch
        {
            "string" => schema["maxLength"] is not null || schema["enum"] is not null,
            "integer" => schema["minimum"] is not null && schema["maximum"] is not null,
            "array" => schema["maxItems"] is not null,
            _ => true,
        };
        if (!bounded)
        {
            unbounded.Add($"{at}: {type}");
        }

        if (schema["items"] is { } items)
        {
            CollectUnbounded(document, items, $"{at}[]", unbounded, visiting);
        }

        foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
        {
            CollectUnbounded(document, propertySchema!, $"{at}.{property}", unbounded, visiting);
        }
    }
}
