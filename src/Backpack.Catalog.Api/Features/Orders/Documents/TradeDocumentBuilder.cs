using System.Globalization;
using Backpack.Catalog.Api.Features.Orders.Shipments;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;

namespace Backpack.Catalog.Api.Features.Orders.Documents;

/// <summary>Builds each trade document from the order as stored: the prices it was placed at, the shipments as booked and packed.</summary>
public sealed class TradeDocumentBuilder(OrderQueries.WholeOrder whole, DocumentFacts facts, SellerOptions seller)
{
    private readonly OrderRow _order = whole.Order;
    private readonly Currency _currency = Currencies.ByCode[whole.Order.Currency];

    public TradeDocumentResponse Build(TradeDocumentRow row)
    {
        var shipment = row.Shipment == 0 ? null : whole.Shipments.Single(s => s.Number == row.Shipment);
        var lines = shipment is null ? ProformaLines() : ShipmentLines(row.DocumentType, shipment);
        var charges = row.DocumentType switch
        {
            TradeDocumentTypes.ProformaInvoice => OrderCharges().Select(c => Charge(c.Kind, c.Description, c.Minor)).ToList(),
            TradeDocumentTypes.CommercialInvoice => ShareOf(shipment!),
            _ => [],
        };
        return new TradeDocumentResponse(
            row.DocumentNumber, row.DocumentType, TradeDocumentTypes.Title(row.DocumentType),
            DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(row.IssuedAtMs).UtcDateTime), _order.OrderId, _order.BuyerReference,
            shipment?.Number, Seller(), Party(facts.BuyerName), Party(_order.ShipToName ?? facts.BuyerName),
            IncotermResponse.Of(_order.Incoterm, _order.IncotermPlace), _order.Currency, shipment is null ? null : Transport(shipment), lines, charges,
            Totals(row.DocumentType, shipment, lines, charges), row.DocumentType == TradeDocumentTypes.ProformaInvoice ? Payment() : null,
            shipment is null ? [] : Marks(shipment), Declaration(row.DocumentType, lines),
            $"/v1/orders/{_order.OrderId}/documents/{row.DocumentNumber}/pdf");
    }

    private List<DocumentLineResponse> ProformaLines() => whole.Lines.OrderBy(l => l.LineNumber).Select(l => new DocumentLineResponse(
        l.LineNumber, l.Sku, Describe(l.Sku), l.HsCode ?? "", l.OriginCountry ?? "", l.Quantity, Money.FromMinor(ShipmentPlanner.ValueOf(l) / l.Quantity, _currency),
        Money.FromMinor(ShipmentPlanner.ValueOf(l), _currency), null, null, null, null, null, null, null)).ToList();

    private List<DocumentLineResponse> ShipmentLines(string type, ShipmentRow shipment)
    {
        var first = 1;
        var result = new List<DocumentLineResponse>();
        foreach (var packed in shipment.Lines.OrderBy(l => l.LineNumber))
        {
            var line = whole.Lines.Single(l => l.LineNumber == packed.LineNumber);
            var sku = facts.Skus.GetValueOrDefault(line.Sku);
            var numbers = $"{first}-{first + packed.Cartons - 1}";
            first += packed.Cartons;
            var invoice = type == TradeDocumentTypes.CommercialInvoice;
            var packing = type == TradeDocumentTypes.PackingList;
            result.Add(new DocumentLineResponse(
                line.LineNumber, line.Sku, Describe(line.Sku), line.HsCode ?? "", line.OriginCountry ?? "", packed.Quantity,
                invoice ? Money.FromMinor(ShipmentPlanner.ValueOf(line) / line.Quantity, _currency) : null,
                invoice ? Money.FromMinor(packed.GoodsMinor, _currency) : null,
                invoice ? null : packed.Cartons, packing ? numbers : null, packing ? sku?.CartonSize : null,
                packing ? FreightQuote.Kg(packed.NetGrams) : null, invoice ? null : FreightQuote.Kg(packed.GrossGrams),
                packing ? sku?.Dimensions : null, packing ? FreightQuote.Cbm(packed.VolumeCm3) : null));
        }

        return result;
    }

    /// <summary>Everything the supplier invoices besides the goods: the setup fees, the charges under the Incoterm, the inspection.</summary>
    private List<(string Kind, string Description, long Minor)> OrderCharges()
    {
        var charges = new List<(string, string, long)>();
        var setup = OrderCustomizations.Load<OrderSetupFee>(_order.SetupFeesJson).Sum(f => f.FeeMinor);
        if (setup > 0)
        {
            charges.Add((DocumentChargeResponse.SetupFees, "Setup fees (one-time, per design)", setup));
        }

        var rule = $"{_order.Incoterm} {DocumentFacts.PlaceName(_order)}";
        foreach (var component in OrderSnapshot.SnapshotOf(_order)?.LandedCost.Components ?? [])
        {
            if (component is { InvoicedBySupplier: true, Amount: { } amount } && component.Component != CostComponents.Goods && amount.Amount > 0)
            {
                charges.Add((component.Component, $"{Name(component.Component)} ({rule})", Money.ToMinor(amount.Amount, _currency)));
            }
        }

        if (_order.InspectionFeeMinor > 0)
        {
            charges.Add((DocumentChargeResponse.Inspection, "Final inspection", _order.InspectionFeeMinor));
        }

        return charges;
    }

    private List<DocumentChargeResponse> ShareOf(ShipmentRow shipment)
    {
        var shares = new ChargeShares(whole.Lines, whole.Shipments);
        return OrderCharges().Select(c => Charge(c.Kind, c.Description + ", this shipment's share", shares.Of(c.Minor, shipment)))
            .Where(c => c.Amount.Amount != 0).ToList();
    }

    private DocumentTotalsResponse Totals(string type, ShipmentRow? shipment, List<DocumentLineResponse> lines, List<DocumentChargeResponse> charges)
    {
        var units = lines.Sum(l => l.Quantity);
        if (type is TradeDocumentTypes.ProformaInvoice or TradeDocumentTypes.CommercialInvoice)
        {
            var goods = lines.Sum(l => Money.ToMinor(l.Amount!.Amount, _currency));
            var charged = charges.Sum(c => Money.ToMinor(c.Amount.Amount, _currency));
            return new DocumentTotalsResponse(units, shipment?.Cartons, null, null, null, Money.FromMinor(goods, _currency), Money.FromMinor(charged, _currency),
                Money.FromMinor(goods + charged, _currency));
        }

        return new DocumentTotalsResponse(units, shipment!.Cartons, type == TradeDocumentTypes.PackingList ? FreightQuote.Kg(shipment.NetGrams) : null,
            FreightQuote.Kg(shipment.GrossGrams), type == TradeDocumentTypes.PackingList ? FreightQuote.Cbm(shipment.VolumeCm3) : null, null, null, null);
    }

    private DocumentPaymentResponse Payment()
    {
        var payment = OrderMapping.Payment(_order, _currency, whole.Payments, whole.History, whole.Shipments);
        return new DocumentPaymentResponse(payment.Terms, payment.Deposit, payment.Balance, payment.Paid, payment.Outstanding, payment.BalanceDueOn);
    }

    private static DocumentTransportResponse Transport(ShipmentRow s) => new(
        s.Mode, s.Carrier, s.DocumentNumber is { } number ? new TransportDocumentResponse(TransportDocuments.For(s.Mode), number) : null, s.Vessel, s.Voyage,
        s.PortOfLoading, s.PortOfDischarge, DateOnly.Parse(s.DepartedOn ?? s.Etd, CultureInfo.InvariantCulture),
        s.Containers.Select(c => new ContainerResponse(c.Number, c.Type, c.Seal)).ToList());

    private List<string> Marks(ShipmentRow shipment) =>
    [
        facts.BuyerName.ToUpperInvariant(), _order.BuyerReference, DocumentFacts.PlaceName(_order).ToUpperInvariant(), $"C/NO. 1-{shipment.Cartons}",
        "MADE IN " + string.Join(" / ", Origins(shipment.Lines.Select(l => whole.Lines.Single(o => o.LineNumber == l.LineNumber))).Select(DocumentFacts.CountryName)),
    ];

    private static string? Declaration(string type, List<DocumentLineResponse> lines) => type switch
    {
        TradeDocumentTypes.CommercialInvoice =>
            "We certify that this invoice shows the actual price of the goods described and that all particulars are true and correct.",
        TradeDocumentTypes.CertificateOfOrigin =>
            $"The exporter declares that the goods described were produced in {string.Join(", ", lines.Select(l => l.OriginCountry).Distinct().Select(DocumentFacts.CountryName))}. " +
            "These are the data for a non-preferential certificate of origin, to be certified by the chamber of commerce of the country of origin.",
        _ => null,
    };

    private static IEnumerable<string> Origins(IEnumerable<OrderLineRow> lines) =>
        lines.Select(l => l.OriginCountry ?? "").Where(o => o.Length > 0).Distinct().Order(StringComparer.Ordinal);

    private string Describe(string sku) => facts.Skus.TryGetValue(sku, out var found) ? found.Description : sku;

    private DocumentChargeResponse Charge(string kind, string description, long minor) => new(kind, description, Money.FromMinor(minor, _currency));

    private DocumentPartyResponse Seller() => new(seller.Name, seller.AddressLines, seller.Country, seller.TaxId);

    private DocumentPartyResponse Party(string name) => new(name,
        new[] { _order.ShipToLine1, _order.ShipToLine2, string.Join(" ", new[] { _order.ShipToCity, _order.ShipToPostalCode }.Where(p => !string.IsNullOrEmpty(p))), _order.ShipToRegion }
            .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!).ToList(),
        _order.ShipToCountry, null);

    private static string Name(string component) => component switch
    {
        CostComponents.ExportClearance => "Export clearance",
        CostComponents.MainFreight => "Main freight",
        CostComponents.Insurance => "Cargo insurance",
        CostComponents.ImportDuty => "Import duty",
        CostComponents.ImportVat => "Import VAT",
        _ => "Other import levies",
    };
}
