using System.Net;
using System.Net.Http.Json;
using System.Text;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Orders.Artwork;

/// <summary>
/// What an artwork upload refuses, each with the answer a buyer gets and nothing stored: a file whose content is not a type the design
/// takes (whatever its name says), one over 20 MiB, an empty one, a body that is not multipart, and another distributor's order.
/// </summary>
public sealed class ArtworkUploadRulesTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task<OrderResponse> PlaceCustomisedOrderAsync()
    {
        var logo = new { option = "logo-embroidery-5k", placement = "front-panel", design = "RULES-LOGO", colours = 2 };
        return await api.ClientWithKey(DemoKeys.Nairobi).PlaceValidOrderAsync(new
        {
            buyerReference = $"PO-ART-{Guid.NewGuid():N}"[..20], currency = "USD", shipTo = OrderBodies.ShipToNairobi,
            lines = new[] { new { sku = "CL-CAMPUS8-BLK", quantity = 312, customizations = new[] { logo } } },
        });
    }

    private static string ArtworkPath(string orderId, string design = "RULES-LOGO") => $"/v1/orders/{orderId}/designs/{design}/artwork";

    private async Task<(OrderResponse Order, int StoredFiles)> AfterAsync(string orderId) =>
        (await api.ClientWithKey(DemoKeys.Nairobi).GetOrderAsync(orderId),
            Directory.Exists(api.FilesFolder) ? Directory.GetFiles(api.FilesFolder, "*", SearchOption.AllDirectories).Length : 0);

    [Fact]
    public async Task A_file_is_typed_by_its_content_so_a_renamed_file_is_refused_and_a_proof_type_is_not_artwork()
    {
        var order = await PlaceCustomisedOrderAsync();
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var (_, filesBefore) = await AfterAsync(order.Id);

        var text = await (await nairobi.PutAsync(ArtworkPath(order.Id), ArtworkFiles.Form(Encoding.UTF8.GetBytes("just words, not a logo"), "logo.png", "image/png"), Cancellation))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        text.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/unsupported-file-type");
        text.GetProperty("detectedFormat").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        text.GetProperty("acceptedFormats").EnumerateArray().Select(f => f.GetString()).ShouldBe(["pdf", "svg", "ai", "eps", "png"]);

        var jpeg = await (await nairobi.PutAsync(ArtworkPath(order.Id), ArtworkFiles.Form(ArtworkFiles.Jpeg(), "logo.svg", "image/svg+xml"), Cancellation))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        jpeg.GetProperty("detectedFormat").GetString().ShouldBe("jpeg", "named .svg and declared as SVG, its bytes are a JPEG");

        var pdfNamedPng = await (await nairobi.PutAsync(ArtworkPath(order.Id), ArtworkFiles.Form(ArtworkFiles.Pdf(), "logo.png", "image/png"), Cancellation))
            .ShouldBeJsonAsync<DesignResponse>();
        pdfNamedPng.Artwork!.Format.ShouldBe("pdf", "the content decides, and PDF is a type the design takes");

        var after = await AfterAsync(order.Id);
        after.StoredFiles.ShouldBe(filesBefore + 1, "only the accepted upload was kept");
        after.Order.History.Count(h => h.Step == DesignSteps.ArtworkUploaded).ShouldBe(1);
    }

    [Fact]
    public async Task An_empty_file_an_oversized_file_and_a_body_that_is_not_multipart_are_refused_and_nothing_changes()
    {
        var order = await PlaceCustomisedOrderAsync();
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var before = await AfterAsync(order.Id);

        var empty = await (await nairobi.PutAsync(ArtworkPath(order.Id), ArtworkFiles.Form([], "logo.svg"), Cancellation)).ShouldBeValidationProblemAsync();
        empty.ShouldBe(["file"]);

        var oversized = ArtworkFiles.Png(extraBytes: (int)ArtworkLimits.MaxFileBytes);
        var tooLarge = await (await nairobi.PutAsync(ArtworkPath(order.Id), ArtworkFiles.Form(oversized, "huge.png"), Cancellation))
            .ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        tooLarge.GetProperty("detail").GetString()!.ShouldStartWith("An upload holds at most 20,971,520 bytes (20 MiB).");

        (await nairobi.PutAsync(ArtworkPath(order.Id), JsonContent.Create(new { file = "PHN2Zz4=" }), Cancellation))
            .StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        var extra = ArtworkFiles.Form(ArtworkFiles.Svg(), "logo.svg");
        extra.Add(new StringContent("please rush"), "comment");
        (await (await nairobi.PutAsync(ArtworkPath(order.Id), extra, Cancellation)).ShouldBeValidationProblemAsync()).ShouldBe(["comment"]);

        var after = await AfterAsync(order.Id);
        (after.Order.Etag, after.StoredFiles, after.Order.Designs[0].State).ShouldBe((before.Order.Etag, before.StoredFiles, DesignStates.AwaitingArtwork));
    }

    [Fact]
    public async Task Another_distributors_artwork_and_designs_are_not_found_and_unknown_designs_and_rounds_are_404()
    {
        var order = await PlaceCustomisedOrderAsync();
        var nairobi = api.ClientWithKey(DemoKeys.Nairobi);
        var alpen = api.ClientWithKey(DemoKeys.Alpen);
        await (await nairobi.PutAsync(ArtworkPath(order.Id), ArtworkFiles.Form(ArtworkFiles.Svg(), "logo.svg"), Cancellation)).ShouldBeJsonAsync<DesignResponse>();

        (await alpen.GetAsync(ArtworkPath(order.Id), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await alpen.PutAsync(ArtworkPath(order.Id), ArtworkFiles.Form(ArtworkFiles.Svg("ALPEN"), "alpen.svg"), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await alpen.PostAsJsonAsync($"/v1/orders/{order.Id}/designs/RULES-LOGO/proofs/1/decision", new { decision = "approved" }, Cancellation))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await nairobi.GetAsync(ArtworkPath(order.Id, "NO-SUCH-DESIGN"), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await nairobi.GetAsync($"/v1/orders/{order.Id}/designs/RULES-LOGO/proofs/1", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await nairobi.GetAsync($"/v1/orders/{order.Id}/designs/RULES-LOGO/proofs/11", Cancellation)).ShouldBeValidationProblemAsync()).ShouldBe(["round"]);

        var decision = await nairobi.PostAsJsonAsync($"/v1/orders/{order.Id}/designs/RULES-LOGO/proofs/1/decision",
            new { decision = ProofDecisions.ChangesRequested }, HttpAssertions.Json, Cancellation);
        (await decision.ShouldBeValidationProblemAsync()).ShouldBe(["comment"], "asking for changes says which");
        (await nairobi.GetOrderAsync(order.Id)).Designs[0].State.ShouldBe(DesignStates.AwaitingProof, "Alpen's upload changed nothing");
    }
}
