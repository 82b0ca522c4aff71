namespace Backpack.Catalog.Api.Features.Pricing;

/// <summary>What the named place of a rule is.</summary>
public enum NamedPlaceRole
{
    /// <summary>EXW, FCA: the seller's premises or hand-over point in the country the goods are made in.</summary>
    SellersPlace,

    /// <summary>FOB: the seaport the goods are loaded at.</summary>
    PortOfLoading,

    /// <summary>CFR, CIF: the seaport of discharge in the destination country.</summary>
    PortOfDischarge,

    /// <summary>CPT, CIP, DAP, DPU, DDP: the buyer's place of destination (a port, an airport or a city).</summary>
    PlaceOfDestination,
}

/// <param name="SeaOnly">FOB, CFR and CIF are for sea freight only (Incoterms 2020).</param>
/// <param name="SellerClears">The seller clears the goods for export.</param>
/// <param name="SellerCarries">The seller contracts and pays the main carriage.</param>
/// <param name="SellerInsures">The seller insures the cargo: by obligation under CIF (ICC C) and CIP (ICC A), and as the bearer of the
/// risk to the place under DAP, DPU and DDP.</param>
/// <param name="SellerImports">The seller clears the goods for import and pays duty and import taxes (DDP only).</param>
public sealed record Incoterm(
    string Code, string Name, bool SeaOnly, NamedPlaceRole Place, bool SellerClears, bool SellerCarries, bool SellerInsures, bool SellerImports);

/// <summary>The Incoterms 2020 rules the supplier trades on; each names a place, and they decide who pays freight, insurance and duty.</summary>
public static class Incoterms
{
    public static readonly IReadOnlyList<Incoterm> Rules =
    [
        new("EXW", "Ex Works", false, NamedPlaceRole.SellersPlace, false, false, false, false),
        new("FCA", "Free Carrier", false, NamedPlaceRole.SellersPlace, true, false, false, false),
        new("FOB", "Free On Board", true, NamedPlaceRole.PortOfLoading, true, false, false, false),
        new("CFR", "Cost and Freight", true, NamedPlaceRole.PortOfDischarge, true, true, false, false),
        new("CIF", "Cost, Insurance and Freight", true, NamedPlaceRole.PortOfDischarge, true, true, true, false),
        new("CPT", "Carriage Paid To", false, NamedPlaceRole.PlaceOfDestination, true, true, false, false),
        new("CIP", "Carriage and Insurance Paid To", false, NamedPlaceRole.PlaceOfDestination, true, true, true, false),
        new("DAP", "Delivered at Place", false, NamedPlaceRole.PlaceOfDestination, true, true, true, false),
        new("DPU", "Delivered at Place Unloaded", false, NamedPlaceRole.PlaceOfDestination, true, true, true, false),
        new("DDP", "Delivered Duty Paid", false, NamedPlaceRole.PlaceOfDestination, true, true, true, true),
    ];

    public static readonly IReadOnlyList<string> All = Rules.Select(r => r.Code).ToList();

    public static readonly IReadOnlyDictionary<string, Incoterm> ByCode = Rules.ToDictionary(r => r.Code, StringComparer.Ordinal);

    public static string Describe() => string.Join(", ", All);
}
