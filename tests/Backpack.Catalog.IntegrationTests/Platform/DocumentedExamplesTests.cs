using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Compliance;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using Backpack.Catalog.IntegrationTests.Orders;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>
/// Every operation's documented request example, sent as it stands in api-docs/openapi.json to a fresh demo database, gets the
/// operation's documented success status: a developer who pastes an example from Swagger UI is not refused. Path ids are
/// the example's own where it names one (a product's id, a SKU) and demo resources otherwise.
/// </summary>
public sealed class DocumentedExamplesTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> OperationsWithARequestExample()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, method, _) in Examples(Document()))
        {
            data.Add(method, path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OperationsWithARequestExample))]
    public async Task The_documented_request_example_is_accepted_on_a_fresh_demo_database(string method, string path)
    {
        var document = Document();
        var (_, _, operation) = Examples(document).Single(e => e.Path == path && e.Method == method);
        var example = RequestExample(document, operation)!;
        await using var api = new CatalogueApiFactory();
        await api.InitializeAsync();
        var client = path.StartsWith("/v1/admin", StringComparison.Ordinal) ? await api.AdminClientAsync()
            : path.StartsWith("/v1/orders", StringComparison.Ordinal) || path.StartsWith("/v1/webhooks", StringComparison.Ordinal)
                ? api.ClientWithKey(DemoKeys.Nairobi) : api.CreateClient();
        var target = await FillAsync(path, example, api);
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), target)
        {
            Content = new StringContent(example.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        // An admin change sends If-Match whenever it is documented: insurance terms need it only once they are stored, as on the demo database;
        // a price list is created by the first PUT, and the demo distributors have none.
        foreach (var header in Parameters(operation).Where(p => (string?)p["in"] == "header"
                     && ((bool?)p["required"] == true || ((string?)p["name"] == "If-Match" && target.StartsWith("/v1/admin/", StringComparison.Ordinal)
                         && !target.EndsWith("/price-list", StringComparison.Ordinal)))))
        {
            var name = (string)header["name"]!;
            request.Headers.TryAddWithoutValidation(name, name switch
            {
                "Idempotency-Key" => Guid.NewGuid().ToString(),
                "If-Match" => await ETagAsync(client, target),
                _ => throw new InvalidOperationException($"No value for the required header {name}."),
            });
        }

        var response = await client.SendAsync(request, Cancellation);

        // A PUT that creates what is absent (a price list) answers 201 where a replacement answers 200: either documented success will do.
        var successes = operation["responses"]!.AsObject().Select(r => r.Key).Where(k => k.StartsWith('2')).ToList();
        ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeOneOf([.. successes], $"{method.ToUpperInvariant()} {target} with {example.ToJsonString()}: {await response.Content.ReadAsStringAsync(Cancellation)}");
    }

    private static JsonNode Document() => JsonNode.Parse(File.ReadAllText(BuildPaths.ApiDocs("openapi.json")))!;

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Examples(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        where operation.Value is JsonObject op && RequestExample(document, op) is not null
        select (path.Key, operation.Key, (JsonObject)operation.Value!);

    private static JsonNode? RequestExample(JsonNode document, JsonObject operation)
    {
        if (operation["requestBody"]?["content"]?["application/json"] is not JsonObject media)
        {
            return null;
        }

        if (media["example"] is { } example)
        {
            return example.DeepClone();
        }

        var schema = media["schema"]?["$ref"] is { } reference ? document["components"]!["schemas"]![((string)reference!).Split('/')[^1]] : media["schema"];
        return schema?["example"]?.DeepClone();
    }

    private static IEnumerable<JsonNode> Parameters(JsonObject operation) =>
        operation["parameters"]?.AsArray().Select(p => p!) ?? [];

    /// <summary>A customised order's design whose first proof waits for the distributor's answer, as "{orderId}/designs/{design}".</summary>
    private static async Task<string> DesignWithOpenProofAsync(CatalogueApiFactory api)
    {
        var logo = new { option = "logo-embroidery-5k", placement = "front-panel", design = "DOC-LOGO" };
        var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(new
        {
            buyerReference = $"PO-DOC-{Guid.NewGuid():N}"[..20], currency = "USD", shipTo = OrderBodies.ShipToNairobi,
            lines = new[] { new { sku = "CL-CAMPUS8-BLK", quantity = 312, customizations = new[] { logo } } },
        });
        var design = $"{order.Id}/designs/DOC-LOGO";
        (await api.ClientWithKey(DemoKeys.Nairobi).PutAsync($"/v1/orders/{design}/artwork", Form("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), Cancellation))
            .EnsureSuccessStatusCode();
        (await (await api.AdminClientAsync()).PostAsync($"/v1/admin/orders/{design}/proofs", Form("proof.pdf", "%PDF-1.7\n%%EOF\n"), Cancellation))
            .EnsureSuccessStatusCode();
        return design;
    }

    /// <summary>A customised order that asked for a pre-production sample, its artwork approved; with <paramref name="dispatched"/>, its first sample sent.</summary>
    private static async Task<string> OrderAwaitingSampleAsync(CatalogueApiFactory api, bool dispatched)
    {
        var logo = new { option = "logo-embroidery-5k", placement = "front-panel", design = "DOC-LOGO" };
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var admin = await api.AdminClientAsync();
        var order = await nairobi.PlaceValidOrderAsync(new
        {
            buyerReference = $"PO-DOC-{Guid.NewGuid():N}"[..20], currency = "USD", shipTo = OrderBodies.ShipToNairobi, preProductionSample = true,
            lines = new[] { new { sku = "CL-CAMPUS8-BLK", quantity = 312, customizations = new[] { logo } } },
        });
        var design = $"{order.Id}/designs/DOC-LOGO";
        (await nairobi.PutAsync($"/v1/orders/{design}/artwork", Form("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), Cancellation)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/v1/admin/orders/{design}/proofs", Form("proof.pdf", "%PDF-1.7\n%%EOF\n"), Cancellation)).EnsureSuccessStatusCode();
        (await nairobi.PostAsJsonAsync($"/v1/orders/{design}/proofs/1/decision", new { decision = "approved" }, HttpAssertions.Json, Cancellation)).EnsureSuccessStatusCode();
        if (dispatched)
        {
            (await admin.PostAsJsonAsync($"/v1/admin/orders/{order.Id}/pre-production-samples", new { reference = "PPS-DOC-1" }, HttpAssertions.Json, Cancellation))
                .EnsureSuccessStatusCode();
        }

        return order.Id;
    }

    /// <summary>A confirmed order that ordered a final inspection; with <paramref name="failed"/>, its first inspection recorded as failed.</summary>
    private static async Task<string> OrderAwaitingInspectionAsync(CatalogueApiFactory api, bool failed)
    {
        var admin = await api.AdminClientAsync();
        var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(new
        {
            buyerReference = $"PO-DOC-{Guid.NewGuid():N}"[..20], currency = "USD", shipTo = OrderBodies.ShipToNairobi,
            lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 100 } }, inspection = new { agency = "qima" },
        });
        await admin.MoveAsync(order.Id, "confirmed");
        if (failed)
        {
            (await admin.PostAsJsonAsync($"/v1/admin/orders/{order.Id}/inspections", new { result = "fail", criticalDefects = 0, majorDefects = 9, minorDefects = 3 },
                HttpAssertions.Json, Cancellation)).EnsureSuccessStatusCode();
        }

        return order.Id;
    }

    /// <summary>A paid order of 100 × CL-METRO9-BLK, ready to ship; with <paramref name="booked"/>, all of it booked as shipment 1.</summary>
    private static async Task<string> OrderReadyToShipAsync(CatalogueApiFactory api, bool booked)
    {
        var admin = await api.AdminClientAsync();
        var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100));
        await admin.MoveAsync(order.Id, "confirmed");
        await admin.RecordPaymentAsync(order.Id);
        await admin.MoveAsync(order.Id, "ready_to_ship");
        if (booked)
        {
            (await admin.BookShipmentAsync(order.Id, [(1, 100)])).EnsureSuccessStatusCode();
        }

        return order.Id;
    }

    private static MultipartFormDataContent Form(string fileName, string content) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", fileName } };

    private static async Task<string> FillAsync(string path, JsonNode example, CatalogueApiFactory api)
    {
        var filled = path
            .Replace("{productId}", (string?)example["id"] ?? "classic-metro-9", StringComparison.Ordinal)
            .Replace("{sku}", (string?)example["sku"] ?? "CL-METRO9-BLK", StringComparison.Ordinal)
            .Replace("{laneId}", (string?)example["id"], StringComparison.Ordinal)
            .Replace("{country}", (string?)example["country"], StringComparison.Ordinal)
            .Replace("{hsHeading}", (string?)example["hsHeading"], StringComparison.Ordinal)
            .Replace("{distributorId}", "dst_alpen-rucksack", StringComparison.Ordinal)
            .Replace("{optionId}", (string?)example["id"] ?? "logo-embroidery-5k", StringComparison.Ordinal)
            .Replace("{language}", "pt-BR", StringComparison.Ordinal)
            .Replace("{kind}/{key}", "feature/laptop-sleeve", StringComparison.Ordinal);
        if (filled.Contains("{certificateId}", StringComparison.Ordinal))
        {
            return filled.Replace("{certificateId}", (await (await api.AdminClientAsync()).RecordCertificateAsync("CPSIA", "kids-glow-safe-7")).Id, StringComparison.Ordinal);
        }

        if (filled.Contains("{imageId}", StringComparison.Ordinal))
        {
            var images = await (await api.AdminClientAsync()).GetJsonAsync<Backpack.Catalog.Api.Features.Admin.Images.AdminImageListResponse>(
                filled[..filled.IndexOf("/{imageId}", StringComparison.Ordinal)]);
            return filled.Replace("{imageId}", images!.Items[0].Id, StringComparison.Ordinal);
        }

        filled = filled.Replace("{requirementId}", "US-CPSIA-KIDS", StringComparison.Ordinal);
        if (filled.Contains("{design}", StringComparison.Ordinal))
        {
            return filled.Replace("{orderId}/designs/{design}", await DesignWithOpenProofAsync(api), StringComparison.Ordinal)
                .Replace("{round}", "1", StringComparison.Ordinal);
        }

        if (filled.Contains("{orderId}/inspections", StringComparison.Ordinal))
        {
            return filled.Replace("{orderId}", await OrderAwaitingInspectionAsync(api, failed: filled.Contains("{round}", StringComparison.Ordinal)),
                StringComparison.Ordinal).Replace("{round}", "1", StringComparison.Ordinal);
        }

        if (filled.Contains("{orderId}/shipments", StringComparison.Ordinal))
        {
            return filled.Replace("{orderId}", await OrderReadyToShipAsync(api, booked: filled.Contains("{number}", StringComparison.Ordinal)),
                StringComparison.Ordinal).Replace("{number}", "1", StringComparison.Ordinal);
        }

        if (filled.Contains("{orderId}/pre-production-samples", StringComparison.Ordinal))
        {
            var dispatched = filled.Contains("{round}", StringComparison.Ordinal);
            return filled.Replace("{orderId}", await OrderAwaitingSampleAsync(api, dispatched), StringComparison.Ordinal).Replace("{round}", "1", StringComparison.Ordinal);
        }

        if (filled.Contains("{orderId}", StringComparison.Ordinal))
        {
            var order = await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(OrderBodies.Order("CL-METRO9-BLK", 100));
            filled = filled.Replace("{orderId}", order.Id, StringComparison.Ordinal);
        }

        return filled;
    }

    /// <summary>The ETag of the resource a change names: its admin read (products, SKUs, reference data, labels) or the order.</summary>
    private static async Task<string> ETagAsync(HttpClient client, string target)
    {
        var read = target.StartsWith("/v1/admin/orders/", StringComparison.Ordinal) ? "/v1/orders/" + target.Split('/')[4]
            : target.StartsWith("/v1/admin/duty-rates/", StringComparison.Ordinal) || target.StartsWith("/v1/admin/labels/", StringComparison.Ordinal) ? target
            : string.Join('/', target.Split('/').Take(5));
        var response = await client.GetAsync(read, Cancellation);
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag!.Tag;
    }
}
