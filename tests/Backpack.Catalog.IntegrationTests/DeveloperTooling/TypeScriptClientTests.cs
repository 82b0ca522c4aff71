using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling;

/// <summary>
/// A TypeScript client generated from the served OpenAPI document (openapi-typescript types + openapi-fetch) runs a
/// distributor's whole flow against the app on a real socket. The types are generated at test time, from the document
/// this build serves, into NodeTools/client-flow/obj (never committed); tsc then compiles the committed
/// client-flow/distributor-flow.ts against them in strict mode, so a document that no longer fits the program fails here.
/// </summary>
public sealed class TypeScriptClientTests(KestrelApiFactory api) : IClassFixture<KestrelApiFactory>
{
    private static readonly string FlowFolder = Path.Combine(NodeTools.Folder, "client-flow");
    private static readonly string Generated = Path.Combine(FlowFolder, "obj");

    private sealed record ProductsStep(int FirstPageStatus, int SecondPageStatus, string[] FirstPage, string[] SecondPage, int Repeated);

    private sealed record ProductStep(string Id, int Status, string Etag, int ConditionalStatus, string VariantSku, string VariantProductId);

    private sealed record QuoteStep(int Status, bool Valid, int Lines, string QuoteId, string Currency);

    private sealed record ValidateStep(int Status, int Lines, string Currency);

    private sealed record OrderStep(
        int Status, string Id, int Lines, string? QuoteId, int ReplayStatus, string? ReplayedHeader, string ReplayId, int GetStatus, string OrderStatus, bool Listed);

    private sealed record WebhookStep(int Status, string Id, int PingStatus, string PingEventType, bool Received, string? ReceivedEventType, bool SignatureValid);

    private sealed record UnderMoqStep(int Status, string? ContentType, string? Type, int? ProblemStatus, string[]? ViolationCodes);

    private sealed record FlowSummary(
        bool Ok, string? Error, ProductsStep? Products, ProductStep? Product, QuoteStep? Quote, ValidateStep? Validate, OrderStep? Order,
        WebhookStep? Webhook, UnderMoqStep? UnderMoq);

    [Fact]
    public async Task A_distributor_runs_its_whole_flow_through_the_generated_client()
    {
        await GenerateTypesAsync(await ServedDocumentAsync());
        ShouldSucceed(await NodeTools.RunAsync(TimeSpan.FromSeconds(120), "node_modules/typescript/bin/tsc", "-p", "client-flow/tsconfig.json"));

        var run = await NodeTools.RunAsync(TimeSpan.FromSeconds(90),
            "client-flow/obj/dist/distributor-flow.js", "--base-url", api.BaseUrl, "--api-key", DemoKeys.Nairobi, "--timeout-ms", "60000");
        var flow = run.Json.Deserialize<FlowSummary>(HttpAssertions.Json)!;

        flow.Error.ShouldBeNull(run.ToString());
        flow.Ok.ShouldBeTrue(run.ToString());
        var products = flow.Products.ShouldNotBeNull();
        (products.FirstPageStatus, products.SecondPageStatus).ShouldBe((200, 200));
        products.FirstPage.Length.ShouldBe(5);
        products.SecondPage.ShouldNotBeEmpty("the cursor leads to a second page");
        products.Repeated.ShouldBe(0, "no product appears on both pages");

        var product = flow.Product.ShouldNotBeNull();
        product.Status.ShouldBe(200);
        product.Etag.ShouldNotBeNullOrWhiteSpace();
        product.ConditionalStatus.ShouldBe(304, "If-None-Match with the product's ETag");
        product.VariantProductId.ShouldBe(product.Id, $"variant {product.VariantSku} belongs to the product it was read from");

        var quote = flow.Quote.ShouldNotBeNull();
        (quote.Status, quote.Valid, quote.Lines, quote.Currency).ShouldBe((200, true, 3, "KES"));
        var validate = flow.Validate.ShouldNotBeNull();
        (validate.Status, validate.Lines, validate.Currency).ShouldBe((200, 3, "KES"));

        var order = flow.Order.ShouldNotBeNull();
        order.Status.ShouldBe(201);
        order.Id.ShouldStartWith("ord_");
        order.Lines.ShouldBe(3);
        order.QuoteId.ShouldBe(quote.QuoteId, "the order took the quote's prices");
        (order.ReplayStatus, order.ReplayedHeader, order.ReplayId).ShouldBe((201, "true", order.Id), "the same Idempotency-Key replays the same order");
        (order.GetStatus, order.OrderStatus).ShouldBe((200, "submitted"));
        order.Listed.ShouldBeTrue("the order is in the distributor's order list");

        var webhook = flow.Webhook.ShouldNotBeNull();
        webhook.Status.ShouldBe(201);
        webhook.Id.ShouldStartWith("whk_");
        (webhook.PingStatus, webhook.PingEventType).ShouldBe((202, "webhook.ping"));
        webhook.Received.ShouldBeTrue("the ping reached the program's receiver on 127.0.0.1 within 10 s");
        webhook.ReceivedEventType.ShouldBe("webhook.ping");
        webhook.SignatureValid.ShouldBeTrue("the ping is signed as api-docs/webhooks.md describes");

        var underMoq = flow.UnderMoq.ShouldNotBeNull();
        (underMoq.Status, underMoq.ProblemStatus, underMoq.ContentType).ShouldBe((422, 422, "application/problem+json"));
        underMoq.Type.ShouldBe("https://backpack-catalog.dev/problems/order-rules");
        underMoq.ViolationCodes.ShouldBe(["below_moq"]);
    }

    [Fact]
    public async Task The_program_does_not_compile_against_a_document_missing_an_operation_it_calls()
    {
        var document = await ServedDocumentAsync();
        document["paths"]!.AsObject().Remove("/v1/orders/validate").ShouldBeTrue();
        await GenerateTypesAsync(document);

        var compile = await NodeTools.RunAsync(TimeSpan.FromSeconds(120), "node_modules/typescript/bin/tsc", "-p", "client-flow/tsconfig.json", "--noEmit");

        compile.ExitCode.ShouldNotBe(0, compile.ToString());
        compile.Output.ShouldContain("distributor-flow.ts", Case.Sensitive, compile.ToString());
        compile.Output.ShouldContain("\"/v1/orders/validate\"", Case.Sensitive, compile.ToString());
    }

    private async Task<JsonNode> ServedDocumentAsync() =>
        JsonNode.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken))!;

    private static async Task GenerateTypesAsync(JsonNode document)
    {
        if (Directory.Exists(Generated))
        {
            Directory.Delete(Generated, recursive: true);
        }

        Directory.CreateDirectory(Generated);
        await File.WriteAllTextAsync(Path.Combine(Generated, "openapi.json"), document.ToJsonString(), TestContext.Current.CancellationToken);
        ShouldSucceed(await NodeTools.RunAsync(TimeSpan.FromSeconds(60),
            "node_modules/openapi-typescript/bin/cli.js", "client-flow/obj/openapi.json", "--output", "client-flow/obj/schema.d.ts"));
    }

    private static void ShouldSucceed(NodeTools.Result result) => result.ExitCode.ShouldBe(0, result.ToString());
}
