using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders.Shipments;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Orders.Documents;

/// <summary>
/// A trade document as data: the same figures its PDF prints. A proforma invoice prices the whole order; a commercial invoice the goods of one
/// shipment with its share of the order's setup fees, charges and inspection; a packing list its cartons, weights and volume; a
/// certificate-of-origin data sheet what a chamber of commerce needs to certify where its goods were made.
/// </summary>
/// <param name="Number">Issued once, by type and year: PI, CI, PL or CO, the year, and the sequence, e.g. CI-2026-000017.</param>
/// <param name="Type">proforma_invoice, commercial_invoice, packing_list or certificate_of_origin.</param>
/// <param name="IssuedOn">When the number was issued (UTC date).</param>
/// <param name="BuyerReference">The distributor's purchase order number.</param>
/// <param name="Shipment">The shipment a commercial invoice, packing list or certificate of origin is for; null for the proforma invoice.</param>
/// <param name="Consignee">Who receives the goods: the order's ship-to.</param>
/// <param name="Transport">How the shipment goes; null for the proforma invoice.</param>
/// <param name="Lines">Each order line (proforma) or shipment line, with the members its type prints.</param>
/// <param name="Charges">Invoices: the setup fees, the charges the supplier invoices under the Incoterm, and the inspection fee (a commercial
/// invoice's share of each); empty on a packing list or certificate of origin.</param>
/// <param name="Payment">The proforma invoice's payment terms and what falls due; null otherwise.</param>
/// <param name="Marks">The shipping marks on every carton.</param>
/// <param name="Declaration">What the seller declares on it, when anything.</param>
/// <param name="PdfHref">The same document as a PDF.</param>
public sealed record TradeDocumentResponse(
    [property: MaxLength(TradeDocumentTypes.NumberLength), RegularExpression(TradeDocumentTypes.NumberPattern)] string Number,
    [property: OneOf(typeof(TradeDocumentTypes), nameof(TradeDocumentTypes.All))] string Type,
    [property: MaxLength(40)] string Title,
    DateOnly IssuedOn,
    [property: Identifier(Ids.Order)] string OrderId,
    [property: MaxLength(Orders.PlaceOrder.PlaceOrderRequest.MaxBuyerReferenceLength)] string BuyerReference,
    [property: Range(1, ShipmentLimits.MaxPerOrder)] int? Shipment,
    DocumentPartyResponse Seller,
    DocumentPartyResponse Buyer,
    DocumentPartyResponse Consignee,
    IncotermResponse Incoterm,
    [property: OneOf(typeof(Currencies), nameof(Currencies.Codes))] string Currency,
    DocumentTransportResponse? Transport,
    [property: MaxLength(LineItemRules.MaxLines)] IReadOnlyList<DocumentLineResponse> Lines,
    [property: MaxLength(DocumentChargeResponse.MaxPerDocument)] IReadOnlyList<DocumentChargeResponse> Charges,
    DocumentTotalsResponse Totals,
    DocumentPaymentResponse? Payment,
    [property: MaxLength(8), MaxItemLength(DocumentPartyResponse.MaxLineLength)] IReadOnlyList<string> Marks,
    [property: MaxLength(DocumentLimits.MaxDeclarationLength)] string? Declaration,
    [property: MaxLength(100)] string PdfHref)
{
    public static TradeDocumentResponse Example => new(
        "CI-2026-000017", TradeDocumentTypes.CommercialInvoice, TradeDocumentTypes.Title(TradeDocumentTypes.CommercialInvoice), new DateOnly(2026, 11, 25),
        DocumentExamples.OrderId, "PO-2026-0117", 1,
        new DocumentPartyResponse("Backpack Catalog Trading Ltd. (demo seller)", ["Unit 1203, 12/F, Kowloon Bay Trade Centre", "Kowloon Bay, Hong Kong"], "HK", "BR 00000000 (demo)"),
        new DocumentPartyResponse("Nairobi Outfitters Ltd", ["Godown 14, Mombasa Road", "Nairobi 00500"], "KE", null),
        new DocumentPartyResponse("Nairobi Outfitters Ltd", ["Godown 14, Mombasa Road", "Nairobi 00500"], "KE", null),
        IncotermResponse.Of("CIF", "KEMBA"), "USD",
        new DocumentTransportResponse(ShippingModes.SeaLcl, "Maersk", new TransportDocumentResponse(TransportDocuments.BillOfLading, "MAEU262418097"),
            "Maersk Cape Town", "2649W", "VNSGN", "KEMBA", new DateOnly(2026, 11, 25), []),
        [new DocumentLineResponse(1, "CL-METRO9-BLK", "Metro Classic Mini 9 L, black, polyester", "4202.92", "VN", 100, new Money(8.90m, "USD"), new Money(890.00m, "USD"),
            5, "1-5", 20, 45.00m, 52.25m, "60 × 40 × 45", 0.540m)],
        [new DocumentChargeResponse("main-freight", "Main freight (CIF)", new Money(96.42m, "USD")), new DocumentChargeResponse("insurance", "Insurance (CIF)", new Money(6.50m, "USD"))],
        new DocumentTotalsResponse(100, 5, 45.00m, 52.25m, 0.540m, new Money(890.00m, "USD"), new Money(102.92m, "USD"), new Money(992.92m, "USD")),
        null, ["NAIROBI OUTFITTERS", "PO-2026-0117", "MOMBASA", "C/NO. 1-5", "MADE IN VIETNAM"],
        "We certify that this invoice shows the actual price of the goods described and that all particulars are true and correct.",
        $"/v1/orders/{DocumentExamples.OrderId}/documents/CI-2026-000017/pdf");
}

/// <param name="AddressLines">The address, one line each.</param>
/// <param name="Country">ISO 3166-1 alpha-2.</param>
/// <param name="TaxId">The seller's registration or tax number; null for the buyer and consignee.</param>
public sealed record DocumentPartyResponse(
    [property: MaxLength(DocumentPartyResponse.MaxLineLength)] string Name,
    [property: MaxLength(4), MaxItemLength(DocumentPartyResponse.MaxLineLength)] IReadOnlyList<string> AddressLines,
    [property: MaxLength(2), RegularExpression(Countries.Pattern)] string Country,
    [property: MaxLength(40)] string? TaxId)
{
    public const int MaxLineLength = 200;
}

/// <param name="Etd">When it leaves: the day it departed, or its estimate until then.</param>
public sealed record DocumentTransportResponse(
    [property: OneOf(typeof(ShippingModes), nameof(ShippingModes.All))] string Mode,
    [property: MaxLength(ShipmentLimits.MaxCarrierLength)] string Carrier,
    TransportDocumentResponse? TransportDocument,
    [property: MaxLength(ShipmentLimits.MaxVesselLength)] string? Vessel,
    [property: MaxLength(ShipmentLimits.MaxVoyageLength)] string? Voyage,
    [property: MaxLength(Places.CodeLength), RegularExpression(Places.CodePattern)] string PortOfLoading,
    [property: MaxLength(Places.CodeLength), RegularExpression(Places.CodePattern)] string PortOfDischarge,
    DateOnly Etd,
    [property: MaxLength(ShipmentLimits.MaxContainers)] IReadOnlyList<ContainerResponse> Containers);

/// <param name="Description">The product, colour and material.</param>
/// <param name="HsCode">The HS code the goods were sold under.</param>
/// <param name="OriginCountry">Where they were made (ISO 3166-1 alpha-2).</param>
/// <param name="UnitPrice">Invoices: the unit price with its customisation per unit.</param>
/// <param name="Amount">Invoices: quantity × unit price.</param>
/// <param name="Cartons">Packing list and certificate of origin: the master cartons (sample parcels) the line fills.</param>
/// <param name="CartonNumbers">Packing list: the carton numbers within the shipment, e.g. 1-10.</param>
/// <param name="UnitsPerCarton">Packing list: units in a full carton.</param>
/// <param name="CartonDimensionsCm">Packing list: a carton's outer length × width × height, as the catalogue records it.</param>
public sealed record DocumentLineResponse(
    [property: Range(1, LineItemRules.MaxLines)] int Line,
    [property: Identifier(Ids.Sku)] string Sku,
    [property: MaxLength(DocumentPartyResponse.MaxLineLength)] string Description,
    [property: MaxLength(12)] string HsCode,
    [property: MaxLength(2), RegularExpression(Countries.Pattern)] string OriginCountry,
    [property: Range(1, LineItemRules.MaxQuantity)] int Quantity,
    Money? UnitPrice,
    Money? Amount,
    [property: Range(1, ShipmentResponse.MaxCartons)] int? Cartons,
    [property: MaxLength(24)] string? CartonNumbers,
    [property: Range(1, LineItemRules.MaxQuantity)] int? UnitsPerCarton,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal? NetWeightKg,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal? GrossWeightKg,
    [property: MaxLength(24)] string? CartonDimensionsCm,
    [property: Range(0, ShipmentResponse.MaxCbm)] decimal? Cbm);

/// <param name="Kind">setup-fees, export-clearance, main-freight, insurance, import-duty, import-vat, other-levies or inspection.</param>
public sealed record DocumentChargeResponse(
    [property: OneOf(typeof(DocumentChargeResponse), nameof(DocumentChargeResponse.Kinds))] string Kind,
    [property: MaxLength(100)] string Description,
    Money Amount)
{
    public const string SetupFees = "setup-fees";
    public const string Inspection = "inspection";

    public static readonly IReadOnlyList<string> Kinds = [SetupFees, .. CostComponents.All.Where(c => c != CostComponents.Goods), Inspection];

    public const int MaxPerDocument = 8;
}

/// <param name="Goods">Invoices: the lines' amounts.</param>
/// <param name="Charges">Invoices: the charges.</param>
/// <param name="Total">Invoices: goods plus charges; a proforma's is the order total, and a shipment's commercial invoices add up to it.</param>
public sealed record DocumentTotalsResponse(
    [property: Range(1, int.MaxValue)] int Units,
    [property: Range(0, ShipmentResponse.MaxCartons)] int? Cartons,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal? NetWeightKg,
    [property: Range(0, ShipmentResponse.MaxKg)] decimal? GrossWeightKg,
    [property: Range(0, ShipmentResponse.MaxCbm)] decimal? Cbm,
    Money? Goods,
    Money? Charges,
    Money? Total);

/// <param name="Terms">The order's payment terms in words.</param>
/// <param name="BalanceDueOn">When the balance falls due.</param>
public sealed record DocumentPaymentResponse(
    [property: MaxLength(Admin.Distributors.CreateDistributor.CreateDistributorRequest.MaxPaymentTermsLength)] string Terms,
    Money Deposit,
    Money Balance,
    Money Paid,
    Money Outstanding,
    DateOnly BalanceDueOn);

/// <summary>One document of an order in its register.</summary>
/// <param name="Href">The document as JSON.</param>
/// <param name="PdfHref">The document as a PDF.</param>
public sealed record TradeDocumentSummaryResponse(
    [property: MaxLength(TradeDocumentTypes.NumberLength), RegularExpression(TradeDocumentTypes.NumberPattern)] string Number,
    [property: OneOf(typeof(TradeDocumentTypes), nameof(TradeDocumentTypes.All))] string Type,
    [property: MaxLength(40)] string Title,
    [property: Range(1, ShipmentLimits.MaxPerOrder)] int? Shipment,
    DateOnly IssuedOn,
    [property: MaxLength(100)] string Href,
    [property: MaxLength(100)] string PdfHref);

/// <param name="Items">The proforma invoice, then each shipment's commercial invoice, packing list and certificate of origin, by shipment.</param>
public sealed record TradeDocumentListResponse(
    [property: Identifier(Ids.Order)] string OrderId,
    [property: MaxLength(TradeDocumentTypes.MaxPerOrder)] IReadOnlyList<TradeDocumentSummaryResponse> Items)
{
    public static TradeDocumentListResponse Example => new(DocumentExamples.OrderId,
    [
        new("PI-2026-000031", TradeDocumentTypes.ProformaInvoice, TradeDocumentTypes.Title(TradeDocumentTypes.ProformaInvoice), null, new DateOnly(2026, 11, 21),
            $"/v1/orders/{DocumentExamples.OrderId}/documents/PI-2026-000031", $"/v1/orders/{DocumentExamples.OrderId}/documents/PI-2026-000031/pdf"),
        new("CI-2026-000017", TradeDocumentTypes.CommercialInvoice, TradeDocumentTypes.Title(TradeDocumentTypes.CommercialInvoice), 1, new DateOnly(2026, 11, 25),
            $"/v1/orders/{DocumentExamples.OrderId}/documents/CI-2026-000017", $"/v1/orders/{DocumentExamples.OrderId}/documents/CI-2026-000017/pdf"),
    ]);
}

public static class DocumentLimits
{
    public const int MaxDeclarationLength = 600;
}
