using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using static Backpack.Catalog.IntegrationTests.Infrastructure.ServedDocument;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// The served document says what the server requires and allows, in the forms client generators read: each case here was
/// found different between the two, and is checked against both the document and the server.
/// </summary>
public sealed class OpenApiContractTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private JsonNode? _document;

    [Fact]
    public async Task A_line_without_sample_is_accepted_and_the_document_does_not_require_it()
    {
        var line = Schema(await DocumentAsync(), "LineItemRequest");
        line["required"]!.AsArray().Select(r => (string)r!).ShouldNotContain("sample");
        line["properties"]!["sample"]!.AsObject().ContainsKey("default").ShouldBeFalse(
            "left out, a line is what its order's type makes it (a bulk line, or a sample in a sample order), so no one default holds");

        var quote = await api.CreateClient().PostAsJsonAsync("/v1/quotes", new { lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 300 } } }, Cancellation);
        quote.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task If_match_is_required_on_every_admin_catalogue_change_and_its_absence_is_a_428()
    {
        var document = await DocumentAsync();
        var changes = Operations(document)
            .Where(o => o.Route.Contains("/v1/admin/products/{productId}", StringComparison.Ordinal) || o.Route.Contains("/v1/admin/variants/{sku}", StringComparison.Ordinal))
            .Where(o => !o.Route.StartsWith("GET", StringComparison.Ordinal) && !o.Route.EndsWith("/variants", StringComparison.Ordinal)
                && !o.Route.EndsWith("/images", StringComparison.Ordinal))
            .ToList();

        // Adding a SKU or an image creates one: there is nothing to match yet.
        changes.Count.ShouldBe(14, string.Join(", ", changes.Select(c => c.Route)));
        foreach (var (route, operation) in changes)
        {
            var ifMatch = operation["parameters"]!.AsArray().SingleOrDefault(p => (string?)p!["name"] == "If-Match");
            ifMatch.ShouldNotBeNull(route);
            ifMatch["required"]!.GetValue<bool>().ShouldBeTrue(route);
        }

        var admin = await api.AdminClientAsync();
        var archive = await admin.PostAsync("/v1/admin/products/classic-metro-9/archive", null, Cancellation);
        await archive.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task A_unit_price_is_bounded_and_two_decimals_in_the_document()
    {
        var price = Schema(await DocumentAsync(), "PriceTierDocument")["properties"]!["unitPriceUsd"]!;

        (price["minimum"]!.GetValue<decimal>(), price["maximum"]!.GetValue<decimal>(), price["multipleOf"]!.GetValue<decimal>()).ShouldBe((0.01m, 100000m, 0.01m));
    }

    [Fact]
    public async Task Every_pattern_with_a_length_lookahead_also_states_its_lengths()
    {
        var unbounded = new List<string>();
        Walk(await DocumentAsync(), "$", node =>
        {
            if (node["pattern"] is { } pattern && ((string)pattern!).StartsWith("^(?=.{", StringComparison.Ordinal)
                && (node["minLength"] is null || node["maxLength"] is null))
            {
                unbounded.Add((string)pattern!);
            }
        });

        unbounded.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("category")]
    [InlineData("material")]
    [InlineData("certification")]
    [InlineData("feature")]
    public async Task Repeatable_filters_are_exploded_arrays(string name)
    {
        var parameter = (await DocumentAsync())["paths"]!["/v1/products"]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == name)!;

        ((string?)parameter["style"], parameter["explode"]?.GetValue<bool>(), (string?)parameter["schema"]!["type"]).ShouldBe(("form", true, "array"));
        ((string?)parameter["schema"]!["items"]!["$ref"]).ShouldNotBeNull("the vocabulary is one named component");
    }

    [Fact]
    public async Task Nullable_members_are_a_reference_or_null_and_never_the_anyof_form_generators_misread()
    {
        var document = await DocumentAsync();
        var anyOf = new List<string>();
        Walk(document, "$", node =>
        {
            if (node["anyOf"] is not null)
            {
                anyOf.Add(node.GetPath());
            }
        });
        anyOf.ShouldBeEmpty();

        var priceAtQuantity = Schema(document, "ProductSummaryResponse")["properties"]!["priceAtQuantity"]!["oneOf"]!.AsArray();
        ((string?)priceAtQuantity[0]!["$ref"]).ShouldBe("#/components/schemas/PriceAtQuantityResponse");
        priceAtQuantity[1]!["nullable"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task The_problem_type_is_an_open_uri_with_its_known_values_listed()
    {
        var type = Schema(await DocumentAsync(), "ProblemResponse")["properties"]!["type"]!;

        type["enum"].ShouldBeNull("a type added later must still deserialise");
        ((string?)type["format"]).ShouldBe("uri");
        type["x-extensible-enum"]!.AsArray().Select(v => (string)v!).ShouldContain("https://backpack-catalog.dev/problems/duplicate-buyer-reference");
    }

    [Fact]
    public async Task Every_read_that_can_answer_304_declares_if_none_match_and_the_document_names_a_server()
    {
        var document = await DocumentAsync();
        var conditional = Operations(document).Where(o => o.Operation["responses"]?["304"] is not null).ToList();

        conditional.ShouldNotBeEmpty();
        foreach (var (route, operation) in conditional)
        {
            operation["parameters"]!.AsArray().Select(p => (string?)p!["name"]).ShouldContain("If-None-Match", route);
        }

        // Relative: generated clients resolve it against their HttpClient's base address (an http:// entry breaks the OWASP rules).
        document["servers"]!.AsArray().Select(s => (string?)s!["url"]).ShouldBe(["/"]);
    }

    private async Task<JsonNode> DocumentAsync() => _document ??= await ServedDocument.ReadAsync(api);

    private static void Walk(JsonNode? node, string at, Action<JsonObject> visit)
    {
        switch (node)
        {
            case JsonObject members:
                visit(members);
                foreach (var (name, value) in members)
                {
                    Walk(value, $"{at}.{name}", visit);
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Walk(item, at, visit);
                }

                break;
        }
    }
}
