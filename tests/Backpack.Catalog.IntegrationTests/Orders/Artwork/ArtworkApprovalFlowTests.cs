using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Backpack.Catalog.Api.Features.Admin.Orders.GetAdminOrder;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.Orders.Artwork;

/// <summary>
/// A private-label order for Nairobi from quote to production: one logo embroidered on two colourways, its MOQ met across both lines and
/// its setup fee charged once; the artwork uploaded, a first proof sent back with changes, the second approved ten days after placement,
/// and every made-to-order date moved by those ten days.
/// </summary>
public sealed class ArtworkApprovalFlowTests : IAsyncLifetime
{
    private const string Design = "NAIROBI-LOGO-1";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly ClockedApiFactory _api;

    public ArtworkApprovalFlowTests() => _api = new ClockedApiFactory(_clock);

    public ValueTask InitializeAsync() => _api.InitializeAsync();

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    private static object Logo => new { option = "logo-embroidery-5k", placement = "front-panel", design = Design, colours = 3, stitchCount = 4200 };

    private static object Order(string buyerReference) => new
    {
        buyerReference, currency = "USD", shipTo = OrderBodies.ShipToNairobi,
        lines = new[] { new { sku = "CL-METRO9-BLK", quantity = 160, customizations = new[] { Logo } }, new { sku = "CL-METRO9-NVY", quantity = 160, customizations = new[] { Logo } } },
    };

    private static string DesignPath(string orderId) => $"/v1/orders/{orderId}/designs/{Design}";

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, string orderId, int round, string decision, string? comment = null) =>
        client.PostAsJsonAsync($"{DesignPath(orderId)}/proofs/{round}/decision", new { decision, comment }, HttpAssertions.Json, Cancellation);

    [Fact]
    public async Task A_customised_order_waits_for_its_artwork_and_counts_its_lead_time_from_the_approved_proof()
    {
        var nairobi = _api.ClientWithKey(DemoKeys.Nairobi);
        var admin = await _api.AdminClientAsync();
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

        var order = await nairobi.PlaceValidOrderAsync(Order("PO-OEM-FLOW-1"));
        order.Status.ShouldBe(OrderStatus.AwaitingArtwork);
        order.Cancellable.ShouldBeTrue();
        order.SetupFees.ShouldHaveSingleItem().Fee.Amount.ShouldBe(35.00m, "one design on two lines: one setup fee");
        var waiting = order.Designs.ShouldHaveSingleItem();
        (waiting.Design, waiting.State, waiting.Artwork).ShouldBe((Design, DesignStates.AwaitingArtwork, null));
        waiting.Options.ShouldBe(["logo-embroidery-5k"]);
        order.Lines.Select(l => l.EstimatedShipDate).ShouldBe([today.AddDays(45 + 14), today.AddDays(3 + 14)]);

        var early = await (await admin.ChangeStatusAsync(order.Id, OrderStatus.Confirmed)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        early.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/artwork-not-approved");
        early.GetProperty("pendingDesigns")[0].GetProperty("waitingFor").GetString().ShouldBe("the distributor's artwork");
        var noArtwork = await (await admin.PostAsync($"/v1/admin/orders/{order.Id}/designs/{Design}/proofs", ArtworkFiles.Form(ArtworkFiles.Png(), "proof.png"), Cancellation))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        noArtwork.GetProperty("type").GetString().ShouldBe("https://backpack-catalog.dev/problems/design-state-conflict");

        var svg = ArtworkFiles.Svg();
        var uploaded = await (await nairobi.PutAsync($"{DesignPath(order.Id)}/artwork", ArtworkFiles.Form(svg, "nairobi-logo.svg", "image/svg+xml"), Cancellation))
            .ShouldBeJsonAsync<DesignResponse>();
        uploaded.State.ShouldBe(DesignStates.AwaitingProof);
        var artwork = uploaded.Artwork.ShouldNotBeNull();
        (artwork.Format, artwork.Bytes, artwork.Sha256, artwork.FileName).ShouldBe(("svg", (long)svg.Length, Convert.ToHexStringLower(SHA256.HashData(svg)), "nairobi-logo.svg"));

        var download = await admin.GetAsync(artwork.Href, Cancellation);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Headers.ETag!.Tag.ShouldBe($"\"{artwork.Sha256}\"");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        (await download.Content.ReadAsByteArrayAsync(Cancellation)).ShouldBe(svg);
        var revalidate = new HttpRequestMessage(HttpMethod.Get, artwork.Href);
        revalidate.Headers.IfNoneMatch.Add(download.Headers.ETag);
        (await nairobi.SendAsync(revalidate, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        var first = await admin.PostAsync($"/v1/admin/orders/{order.Id}/designs/{Design}/proofs",
            ArtworkFiles.Form(ArtworkFiles.Png(), "mockup-1.png", note: "Logo centred on the front panel, 3 thread colours."), Cancellation);
        var proofSent = await first.ShouldBeJsonAsync<DesignResponse>(HttpStatusCode.Created);
        first.Headers.Location!.OriginalString.ShouldBe($"{DesignPath(order.Id)}/proofs/1");
        (proofSent.State, proofSent.Proofs.ShouldHaveSingleItem().Format).ShouldBe((DesignStates.ProofSent, "png"));

        var sentBack = await (await DecideAsync(nairobi, order.Id, 1, ProofDecisions.ChangesRequested, "Move the logo 10 mm up.")).ShouldBeJsonAsync<OrderResponse>();
        sentBack.Status.ShouldBe(OrderStatus.AwaitingArtwork);
        sentBack.Designs[0].State.ShouldBe(DesignStates.ChangesRequested);
        sentBack.Designs[0].Proofs[0].Comment.ShouldBe("Move the logo 10 mm up.");
        (await DecideAsync(nairobi, order.Id, 1, ProofDecisions.Approved)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "round 1 was answered");

        await (await admin.PostAsync($"/v1/admin/orders/{order.Id}/designs/{Design}/proofs", ArtworkFiles.Form(ArtworkFiles.Pdf(), "mockup-2.pdf"), Cancellation))
            .ShouldBeJsonAsync<DesignResponse>(HttpStatusCode.Created);
        _clock.Advance(TimeSpan.FromDays(10));
        var approving = await DecideAsync(nairobi, order.Id, 2, ProofDecisions.Approved);
        var approved = await approving.ShouldBeJsonAsync<OrderResponse>();

        approved.Status.ShouldBe(OrderStatus.Submitted, "the last design approved, the order goes on by itself");
        (approved.Designs[0].State, approved.Designs[0].ApprovedRound).ShouldBe((DesignStates.Approved, (int?)2));
        approved.Lines.Select(l => l.EstimatedShipDate).ShouldBe([today.AddDays(10 + 45 + 14), today.AddDays(10 + 3 + 14)],
            "made-to-order lead time counts from approval, ten days after placement");
        approved.PromisedShipDate.ShouldBe(today.AddDays(10 + 45 + 14));
        approved.History.Select(h => (h.Status, h.Step)).ShouldBe([
            (OrderStatus.AwaitingArtwork, null), (OrderStatus.AwaitingArtwork, DesignSteps.ArtworkUploaded), (OrderStatus.AwaitingArtwork, DesignSteps.ProofPosted),
            (OrderStatus.AwaitingArtwork, DesignSteps.ChangesRequested), (OrderStatus.AwaitingArtwork, DesignSteps.ProofPosted),
            (OrderStatus.Submitted, DesignSteps.ProofApproved)]);
        approved.History.Skip(1).ShouldAllBe(h => h.Design == Design);
        approving.Headers.ETag!.Tag.ShouldBe("\"v6\"");

        await admin.MoveAsync(order.Id, OrderStatus.Confirmed);
        await admin.RecordPaymentAsync(order.Id, approved.Payment.Deposit.Amount);
        (await admin.MoveAsync(order.Id, OrderStatus.InProduction)).Status.ShouldBe(OrderStatus.InProduction);
        var erp = await (await admin.GetAsync($"/v1/admin/orders/{order.Id}", Cancellation)).ShouldBeJsonAsync<AdminOrderResponse>();
        erp.Erp.Messages.Select(m => m.EventType).ShouldBe([
            "order.placed", "order.design_updated", "order.design_updated", "order.design_updated", "order.design_updated",
            "order.status_changed", "order.status_changed", "order.payment_recorded", "order.status_changed"]);
    }
}
