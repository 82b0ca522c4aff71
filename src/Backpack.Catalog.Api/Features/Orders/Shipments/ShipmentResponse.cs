using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>One shipment of an order: what it carries, how, and where it is.</summary>
/// <param name="Number">1 for the order's first shipment, one more for each booked after it.</param>
/// <param name="Status">booked, departed, arrived, delivered, or cancelled (a booking that did not go).</param>
/// <param name="Mode">sea-lcl, sea-fcl, air or courier.</param>
/// <param name="TransportDocument">The bill of lading, air waybill or courier waybill; null until the carrier issues it (it is required to
/// depart).</param>
/// <param name="Containers">sea-fcl: the containers the goods are stuffed in.</param>
/// <param name="PortOfLoading">UN/LOCODE of the port or airport the goods leave from.</param>
/// <param name="PortOfDischarge">UN/LOCODE of the port or airport they are unloaded at.</param>
/// <param name="Etd">Estimated time of departure (UTC date).</param>
/// <param name="Eta">Estimated time of arrival (UTC date), as last updated.</param>
/// <param name="DepartedOn">When it actually departed; null until it has.</param>
/// <param name="Lines">The order lines it carries and how many of each, packed in master cartons (samples loose).</param>
/// <param name="Cartons">Master cartons (and sample parcels).</param>
/// <param name="Cbm">Volume in m³, to three decimals; 0 for a SKU without packing data.</param>
/// <param name="Goods">The value of the goods carried, with their customisation, in the order currency.</param>
public sealed record OrderShipmentResponse(
    [property: Range(1, ShipmentLimits.MaxPerOrder)] int Number,
    [property: OneOf(typeof(ShipmentStatuses), nameof(ShipmentStatuses.All))] string Status,
    [property: OneOf(typeof(ShippingModes), nameof(ShippingModes.All))] string Mode,
    [property: MaxLength(ShipmentLimits.MaxCarrierLength)] string Carrier,
    TransportDocumentResponse? TransportDocument,
    [property: MaxLength(ShipmentLimits.MaxContainers)] IReadOnlyList<ContainerResponse> Containers,
    [property: MaxLength(ShipmentLimits.MaxVesselLength)] string? Vessel,
    [property: MaxLength(ShipmentLimits.MaxVoyageLength)] string? Voyage,
    [property: MaxLength(Places.CodeLength), RegularExpression(Places.CodePattern)] string PortOfLoading,
    [property: MaxLength(Places.CodeLength), RegularExpression(Places.CodePattern)] string PortOfDischarge,
    DateOnly Etd,
    DateOnly Eta,
    DateOnly? DepartedOn,
    DateOnly? ArrivedOn,
    DateOnly? DeliveredOn,
    DateOnly? CancelledOn,
    [property: MaxLength(LineItemRules.MaxLines)] IReadOnlyList<ShipmentLineResponse> Lines,
    [property: Range(1, ShipmentResponse.MaxCartons)] int Cartons,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal NetWeightKg,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal GrossWeightKg,
    [property: Range(0, ShipmentResponse.MaxCbm)] decimal Cbm,
    Money Goods,
    [property: MaxLength(ShipmentLimits.MaxNoteLength)] string? Note,
    DateTime BookedAt,
    DateTime UpdatedAt)
{
    public static OrderShipmentResponse Example => new(
        1, ShipmentStatuses.Departed, ShippingModes.SeaLcl, "Maersk", new TransportDocumentResponse(TransportDocuments.BillOfLading, "MAEU262418097"), [],
        "Maersk Cape Town", "2649W", "VNSGN", "KEMBA", new DateOnly(2026, 11, 24), new DateOnly(2026, 12, 19), new DateOnly(2026, 11, 25), null, null, null,
        [new ShipmentLineResponse(1, "CL-METRO9-BLK", 264, 11, 105.60m, 120.56m, 0.612m, new Money(303922.08m, "KES"))],
        11, 105.60m, 120.56m, 0.612m, new Money(303922.08m, "KES"), null, DocumentExamples.PlacedAt, DocumentExamples.PlacedAt);
}

/// <param name="Type">bill_of_lading (sea), air_waybill (air) or courier_waybill (courier).</param>
/// <param name="Number">As the carrier issued it.</param>
public sealed record TransportDocumentResponse(
    [property: OneOf(typeof(TransportDocuments), nameof(TransportDocuments.All))] string Type,
    [property: MaxLength(ShipmentLimits.MaxDocumentNumberLength)] string Number);

/// <param name="Number">ISO 6346, with its check digit.</param>
/// <param name="Type">20GP, 40GP or 40HC.</param>
/// <param name="Seal">The seal number, once sealed.</param>
public sealed record ContainerResponse(
    [property: MaxLength(11), RegularExpression(TransportNumbers.ContainerPattern)] string Number,
    [property: OneOf(typeof(TransportNumbers), nameof(TransportNumbers.ContainerTypes))] string Type,
    [property: MaxLength(ShipmentLimits.MaxSealLength)] string? Seal);

/// <param name="Line">The order line.</param>
/// <param name="Goods">These units' share of the line, with its customisation.</param>
public sealed record ShipmentLineResponse(
    [property: Range(1, LineItemRules.MaxLines)] int Line,
    [property: Identifier(Ids.Sku)] string Sku,
    [property: Range(1, LineItemRules.MaxQuantity)] int Quantity,
    [property: Range(1, ShipmentResponse.MaxCartons)] int Cartons,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal NetWeightKg,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal GrossWeightKg,
    [property: Range(0, ShipmentResponse.MaxCbm)] decimal Cbm,
    Money Goods);

/// <param name="OrderId">The order the shipments belong to.</param>
/// <param name="Items">Every shipment booked for the order, cancelled ones too, by number.</param>
public sealed record ShipmentListResponse(
    [property: Identifier(Ids.Order)] string OrderId,
    [property: MaxLength(ShipmentLimits.MaxPerOrder)] IReadOnlyList<OrderShipmentResponse> Items)
{
    public static ShipmentListResponse Example => new(DocumentExamples.OrderId, [OrderShipmentResponse.Example]);
}

public static class ShipmentMapping
{
    public static List<OrderShipmentResponse> ToResponses(OrderRow order, IReadOnlyList<OrderLineRow> lines, IReadOnlyList<ShipmentRow> shipments) =>
        shipments.OrderBy(s => s.Number).Select(s => ToResponse(order, lines, s)).ToList();

    public static OrderShipmentResponse ToResponse(OrderRow order, IReadOnlyList<OrderLineRow> lines, ShipmentRow s)
    {
        var currency = Currencies.ByCode[order.Currency];
        return new OrderShipmentResponse(
            s.Number, s.Status, s.Mode, s.Carrier,
            s.DocumentNumber is { } number ? new TransportDocumentResponse(TransportDocuments.For(s.Mode), number) : null,
            s.Containers.Select(c => new ContainerResponse(c.Number, c.Type, c.Seal)).ToList(),
            s.Vessel, s.Voyage, s.PortOfLoading, s.PortOfDischarge, Day(s.Etd)!.Value, Day(s.Eta)!.Value,
            Day(s.DepartedOn), Day(s.ArrivedOn), Day(s.DeliveredOn), Day(s.CancelledOn),
            s.Lines.Select(l => new ShipmentLineResponse(l.LineNumber, lines.Single(o => o.LineNumber == l.LineNumber).Sku, l.Quantity, l.Cartons,
                FreightQuote.Kg(l.NetGrams), FreightQuote.Kg(l.GrossGrams), FreightQuote.Cbm(l.VolumeCm3), Money.FromMinor(l.GoodsMinor, currency))).ToList(),
            s.Cartons, FreightQuote.Kg(s.NetGrams), FreightQuote.Kg(s.GrossGrams), FreightQuote.Cbm(s.VolumeCm3), Money.FromMinor(s.GoodsMinor, currency),
            s.Note, DateTimeOffset.FromUnixTimeMilliseconds(s.BookedAtMs).UtcDateTime, DateTimeOffset.FromUnixTimeMilliseconds(s.UpdatedAtMs).UtcDateTime);
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
