using System.Globalization;
using System.Net;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Documents;
using Backpack.Catalog.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace Backpack.Catalog.IntegrationTests.Shipments;

/// <summary>
/// Downloads an order's trade documents and checks them against the order and its shipments: totals to the cent, HS codes, origins, the
/// Incoterm with its place, cartons and weights; the PDFs' text carries the same figures; another distributor sees none of them.
/// </summary>
internal static class TradeDocumentChecks
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task ShouldAgreeWithTheOrderAsync(HttpClient owner, HttpClient other, OrderResponse order)
    {
        var list = await (await owner.GetAsync($"/v1/orders/{order.Id}/documents", Cancellation)).ShouldBeJsonAsync<TradeDocumentListResponse>();
        list.Items.Select(i => (i.Type, i.Shipment)).ShouldBe([(TradeDocumentTypes.ProformaInvoice, (int?)null),
            .. order.Shipments.SelectMany(s => TradeDocumentTypes.PerShipment.Select(t => (t, (int?)s.Number)))]);
        list.Items.ShouldAllBe(i => System.Text.RegularExpressions.Regex.IsMatch(i.Number, TradeDocumentTypes.NumberPattern));
        (await (await owner.GetAsync($"/v1/orders/{order.Id}/documents", Cancellation)).ShouldBeJsonAsync<TradeDocumentListResponse>())
            .Items.Select(i => i.Number).ShouldBe(list.Items.Select(i => i.Number), "a document keeps its number");

        var documents = new List<TradeDocumentResponse>();
        foreach (var item in list.Items)
        {
            var document = await (await owner.GetAsync(item.Href, Cancellation)).ShouldBeJsonAsync<TradeDocumentResponse>();
            (document.Number, document.OrderId, document.Incoterm.Rule, document.Incoterm.Place, document.Currency)
                .ShouldBe((item.Number, order.Id, order.Incoterm.Rule, order.Incoterm.Place, order.Currency));
            foreach (var line in document.Lines)
            {
                var ordered = order.Lines.Single(l => l.Line == line.Line);
                (line.Sku, line.HsCode, line.OriginCountry).ShouldBe((ordered.Sku, "4202.92", "VN"));
            }

            documents.Add(document);
            (await other.GetAsync(item.Href, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await other.GetAsync(item.PdfHref, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var proforma = documents.Single(d => d.Type == TradeDocumentTypes.ProformaInvoice);
        proforma.Totals.Total.ShouldBe(order.Totals.Total, "the proforma invoices the order total");
        proforma.Totals.Goods!.Amount.ShouldBe(order.Lines.Sum(l => l.LineTotal.Amount));
        proforma.Charges.Sum(c => c.Amount.Amount).ShouldBe(order.Totals.Charges.Amount + order.Totals.Inspection.Amount);
        var invoices = documents.Where(d => d.Type == TradeDocumentTypes.CommercialInvoice).ToList();
        invoices.Sum(i => i.Totals.Total!.Amount).ShouldBe(order.Totals.Total.Amount, "the shipments' commercial invoices add up to the order to the cent");
        foreach (var invoice in invoices)
        {
            var shipment = order.Shipments.Single(s => s.Number == invoice.Shipment);
            invoice.Totals.Goods.ShouldBe(shipment.Goods);
            invoice.Lines.Select(l => (l.Line, l.Quantity, l.Amount!.Amount)).ShouldBe(shipment.Lines.Select(l => (l.Line, l.Quantity, l.Goods.Amount)));
            invoice.Transport!.TransportDocument.ShouldBe(shipment.TransportDocument);
            invoice.Totals.Total!.Amount.ShouldBe(invoice.Totals.Goods!.Amount + invoice.Charges.Sum(c => c.Amount.Amount));
        }

        foreach (var packing in documents.Where(d => d.Type == TradeDocumentTypes.PackingList))
        {
            var shipment = order.Shipments.Single(s => s.Number == packing.Shipment);
            (packing.Totals.Cartons, packing.Totals.NetWeightKg, packing.Totals.GrossWeightKg, packing.Totals.Cbm)
                .ShouldBe((shipment.Cartons, shipment.NetWeightKg, shipment.GrossWeightKg, shipment.Cbm));
            packing.Lines.Sum(l => l.Cartons).ShouldBe(shipment.Cartons);
            packing.Marks.ShouldContain($"C/NO. 1-{shipment.Cartons}");
        }

        documents.Where(d => d.Type == TradeDocumentTypes.CertificateOfOrigin).ShouldAllBe(d => d.Declaration!.Contains("VIETNAM"));

        var first = invoices[0];
        var pdf = await owner.GetAsync(first.PdfHref, Cancellation);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = Text(await pdf.Content.ReadAsByteArrayAsync(Cancellation));
        text.ShouldContain(first.Number);
        text.ShouldContain("Commercial invoice");
        text.ShouldContain($"{first.Incoterm.Rule} {first.Incoterm.PlaceName} ({first.Incoterm.Place})");
        text.ShouldContain(first.Transport!.TransportDocument!.Number);
        text.ShouldContain("4202.92");
        foreach (var amount in first.Lines.Select(l => l.Amount!).Concat(first.Charges.Select(c => c.Amount)).Append(first.Totals.Total!))
        {
            text.ShouldContain(amount.Amount.ToString("N2", CultureInfo.InvariantCulture));
        }

        var packingPdf = documents.First(d => d.Type == TradeDocumentTypes.PackingList);
        var packingText = Text(await (await owner.GetAsync(packingPdf.PdfHref, Cancellation)).Content.ReadAsByteArrayAsync(Cancellation));
        packingText.ShouldContain(packingPdf.Totals.GrossWeightKg!.Value.ToString("N2", CultureInfo.InvariantCulture));
        packingText.ShouldContain(packingPdf.Totals.Cbm!.Value.ToString("0.000", CultureInfo.InvariantCulture));
        (await owner.GetAsync($"/v1/orders/{order.Id}/documents/CI-2000-000001", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/v1/orders/{order.Id}/documents", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The words of every page, in reading order, separated by spaces.</summary>
    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
