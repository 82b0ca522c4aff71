using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>The rule and the place it names, as the answer uses them.</summary>
/// <param name="Place">UN/LOCODE of the named place; null only on orders placed before named places existed.</param>
/// <param name="PlaceName">The place's name, e.g. Mombasa.</param>
/// <param name="PlaceCountry">ISO 3166-1 alpha-2 country of the place.</param>
public sealed record IncotermResponse(
    [property: OneOf(typeof(Incoterms), nameof(Incoterms.All))] string Rule,
    [property: RegularExpression(Places.CodePattern), MaxLength(Places.CodeLength)] string? Place,
    [property: MaxLength(Places.MaxNameLength)] string? PlaceName,
    [property: RegularExpression(Countries.Pattern), MaxLength(Countries.CodeLength)] string? PlaceCountry)
{
    public static IncotermResponse Of(string rule, string? code) =>
        code is not null && Places.ByCode.TryGetValue(code, out var place)
            ? new(rule, place.Code, place.Name, place.Country)
            : new(rule, code, null, null);
}

/// <summary>What the goods cost, all in, at the named place: who pays each part, who invoices it, and how sure the figure is.</summary>
/// <param name="Mode">The shipping mode the breakdown is for: the one asked for, else the cheapest that arrives by the requested date.</param>
/// <param name="Selection">requested (shippingMode was given), cheapest (no date was asked), cheapest-by-requested-date,
/// none-by-requested-date (no mode arrives in time: the breakdown is the cheapest mode's, and validating or placing the order answers
/// 422 delivery-date-unachievable), or no-known-rate (no mode has a freight rate).</param>
/// <param name="ArrivalDate">When the goods are delivered at the named place: ship date + the lane's transit days under C and D rules (null
/// while no lane is known); the ship date under EXW, FCA and FOB, which deliver where the goods leave from.</param>
/// <param name="Options">Every mode the rule allows, with its cost and arrival date.</param>
/// <param name="Components">goods, export-clearance, main-freight, insurance, import-duty, import-vat and other-levies, always in this order.</param>
/// <param name="InvoicedTotal">Goods plus the components the supplier invoices: the order's total. Null while one of them is unknown.</param>
/// <param name="BuyerCosts">The components the buyer pays to others (estimates). Null while one of them is unknown.</param>
/// <param name="LandedTotal">Everything, at the named place and cleared for import. Null while any component is unknown.</param>
/// <param name="UnknownComponents">The components with no rate; each says why in its unknownReason. Never shown as zero.</param>
/// <param name="Allocation">How shared costs are split over the lines for landedUnitCost.</param>
/// <param name="Lines">Each line's landed cost per unit.</param>
public sealed record LandedCostResponse(
    IncotermResponse Incoterm,
    [property: OneOf(typeof(ShippingModes), nameof(ShippingModes.All))] string Mode,
    [property: OneOf(typeof(LandedCostResponse), nameof(LandedCostResponse.Selections))] string Selection,
    DateOnly? ArrivalDate,
    [property: MaxLength(4)] IReadOnlyList<ShippingOptionResponse> Options,
    [property: MaxLength(7)] IReadOnlyList<CostComponentResponse> Components,
    Money? InvoicedTotal,
    Money? BuyerCosts,
    Money? LandedTotal,
    [property: OneOf(typeof(CostComponents), nameof(CostComponents.All))] IReadOnlyList<string> UnknownComponents,
    AllocationResponse Allocation,
    [property: MaxLength(LineItemRules.MaxLines)] IReadOnlyList<LandedLineResponse> Lines)
{
    public const string Requested = "requested";
    public const string Cheapest = "cheapest";
    public const string CheapestByDate = "cheapest-by-requested-date";
    public const string NoneByDate = "none-by-requested-date";
    public const string NoKnownRate = "no-known-rate";

    public static readonly IReadOnlyList<string> Selections = [Requested, Cheapest, CheapestByDate, NoneByDate, NoKnownRate];
}

/// <param name="Freight">Main freight plus origin charges by this mode; null when no lane is known.</param>
/// <param name="LandedTotal">The landed total by this mode; null while a component is unknown.</param>
/// <param name="ShipDate">When the goods leave: the latest line's ship date.</param>
/// <param name="TransitDays">The lane's transit time to the named place (the longest, when goods leave from more than one port).</param>
/// <param name="ArrivalDate">Ship date + transit days. Under EXW, FCA and FOB: the estimate for the buyer's own carriage to their country.</param>
/// <param name="MeetsRequestedDate">Whether arrivalDate is on or before the requested delivery date; null when no date was asked, no lane
/// is known, or the rule delivers where the goods leave from (EXW, FCA, FOB).</param>
/// <param name="Containers">For sea-fcl: the containers the goods fill, e.g. 1 × 20GP.</param>
/// <param name="Lanes">The freight lanes used, one per port the goods leave from.</param>
/// <param name="UnknownReason">Why there is no freight figure for this mode.</param>
public sealed record ShippingOptionResponse(
    [property: OneOf(typeof(ShippingModes), nameof(ShippingModes.All))] string Mode,
    Money? Freight,
    Money? LandedTotal,
    DateOnly ShipDate,
    [property: Range(1, 120)] int? TransitDays,
    DateOnly? ArrivalDate,
    bool? MeetsRequestedDate,
    [property: MaxLength(3)] IReadOnlyList<ContainerCountResponse> Containers,
    [property: MaxLength(Places.MaxOriginsPerShipment), MaxItemLength(FreightLaneRules.MaxLaneIdLength)] IReadOnlyList<string> Lanes,
    [property: MaxLength(CostComponentResponse.MaxTextLength)] string? UnknownReason);

/// <param name="Type">20GP, 40GP or 40HC.</param>
public sealed record ContainerCountResponse(
    [property: OneOf(typeof(Containers), nameof(Containers.All))] string Type,
    [property: Range(1, int.MaxValue)] int Count);

/// <param name="Component">goods, export-clearance, main-freight, insurance, import-duty, import-vat or other-levies.</param>
/// <param name="Amount">In the quote currency; null when unknown (see unknownReason), never a made-up zero.</param>
/// <param name="PaidBy">seller or buyer, under the Incoterm.</param>
/// <param name="InvoicedBySupplier">True when the supplier invoices it: it is in the order total and the deposit/balance split. False for the
/// buyer's own costs (their forwarder, insurer and customs), shown as estimates.</param>
/// <param name="Firmness">firm (a price list or contracted rate), estimate (demo or indicative rates, and every duty or tax: customs assesses
/// those) or unknown.</param>
/// <param name="Source">Where the figure comes from: the price list, a freight lane, the insurance terms or a duty rate, and whether it is demo data.</param>
/// <param name="AsOf">The date the rate behind the figure is from.</param>
/// <param name="Basis">How it was computed, e.g. "3.412 W/M × USD 78.00" or "35 % of CIF value USD 4,210.55".</param>
public sealed record CostComponentResponse(
    [property: OneOf(typeof(CostComponents), nameof(CostComponents.All))] string Component,
    Money? Amount,
    [property: OneOf(typeof(CostComponents), nameof(CostComponents.Payers))] string PaidBy,
    bool InvoicedBySupplier,
    [property: OneOf(typeof(CostComponents), nameof(CostComponents.Firmnesses))] string Firmness,
    [property: MaxLength(CostComponentResponse.MaxTextLength)] string Source,
    DateOnly? AsOf,
    [property: MaxLength(CostComponentResponse.MaxTextLength)] string? Basis,
    [property: MaxLength(CostComponentResponse.MaxTextLength)] string? UnknownReason)
{
    public const int MaxTextLength = 400;
}

/// <param name="Freight">volume: each line bears main freight and origin charges in proportion to the m³ its cartons take.</param>
/// <param name="Insurance">value: in proportion to the line's goods value.</param>
/// <param name="DutyAndTaxes">value: duty, VAT/GST and levies in proportion to the line's goods value.</param>
public sealed record AllocationResponse(
    [property: OneOf(typeof(AllocationResponse), nameof(AllocationResponse.Bases))] string Freight,
    [property: OneOf(typeof(AllocationResponse), nameof(AllocationResponse.Bases))] string Insurance,
    [property: OneOf(typeof(AllocationResponse), nameof(AllocationResponse.Bases))] string DutyAndTaxes)
{
    public static readonly IReadOnlyList<string> Bases = ["volume", "value"];

    public static readonly AllocationResponse Standard = new("volume", "value", "value");
}

/// <param name="LandedUnitCost">Goods plus this line's share of every other component, per unit, in the quote currency; null while a component is unknown.</param>
public sealed record LandedLineResponse(
    [property: Range(1, LineItemRules.MaxLines)] int Line,
    [property: Identifier(Ids.Sku)] string Sku,
    [property: Range(1, LineItemRules.MaxQuantity)] int Quantity,
    Money? LandedUnitCost);
