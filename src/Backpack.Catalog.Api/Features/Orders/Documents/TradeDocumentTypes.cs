namespace Backpack.Catalog.Api.Features.Orders.Documents;

/// <summary>The trade documents an order has: a proforma invoice for the order, and for each shipment a commercial invoice, a packing list and
/// a certificate-of-origin data sheet (the register's CHECK allows these).</summary>
public static class TradeDocumentTypes
{
    public const string ProformaInvoice = "proforma_invoice";
    public const string CommercialInvoice = "commercial_invoice";
    public const string PackingList = "packing_list";
    public const string CertificateOfOrigin = "certificate_of_origin";

    public static readonly IReadOnlyList<string> All = [ProformaInvoice, CommercialInvoice, PackingList, CertificateOfOrigin];

    /// <summary>The documents each shipment has, in the order a customs broker files them.</summary>
    public static readonly IReadOnlyList<string> PerShipment = [CommercialInvoice, PackingList, CertificateOfOrigin];

    /// <summary>A document number: the type's prefix, the year it was issued and its sequence in that year, e.g. CI-2026-000017.</summary>
    public const string NumberPattern = "^(PI|CI|PL|CO)-[0-9]{4}-[0-9]{6}$";

    public const int NumberLength = 14;

    public static string Prefix(string type) => type switch
    {
        ProformaInvoice => "PI",
        CommercialInvoice => "CI",
        PackingList => "PL",
        _ => "CO",
    };

    public static string Title(string type) => type switch
    {
        ProformaInvoice => "Proforma invoice",
        CommercialInvoice => "Commercial invoice",
        PackingList => "Packing list",
        _ => "Certificate of origin: data sheet",
    };

    /// <summary>The most documents one order has: its proforma and three for each shipment it may book.</summary>
    public const int MaxPerOrder = 1 + (3 * Shipments.ShipmentLimits.MaxPerOrder);
}
