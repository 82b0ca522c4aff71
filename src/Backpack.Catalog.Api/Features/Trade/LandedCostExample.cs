using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>The document's example: 300 × CL-METRO9-BLK (made in Vietnam) CIF Mombasa in USD, on the demo lanes and rates.</summary>
public static class LandedCostExample
{
    private const string Lane = "Freight lane vnsgn-kemba-sea-lcl: Demo rate seeded for the sample catalogue, not a market quotation";
    private const string Duty = "Demo rate seeded for the sample catalogue (not tariff data; check the current tariff before you rely on it)";

    private static readonly DateOnly RatesAsOf = new(2026, 10, 1);
    private static readonly DateOnly ShipDate = new(2027, 1, 17);

    public static readonly LandedCostResponse Value = new(
        IncotermResponse.Of("CIF", "KEMBA"), ShippingModes.SeaLcl, LandedCostResponse.Cheapest, new DateOnly(2027, 2, 13),
        [
            new ShippingOptionResponse(ShippingModes.SeaLcl, Usd(208.10m), Usd(4848.29m), ShipDate, 27, new DateOnly(2027, 2, 13), null, [],
                ["vnsgn-kemba-sea-lcl"], null),
            new ShippingOptionResponse(ShippingModes.SeaFcl, Usd(2438.00m), Usd(8456.71m), ShipDate, 27, new DateOnly(2027, 2, 13), null,
                [new ContainerCountResponse(Containers.TwentyFoot, 1)], ["vnsgn-kemba-sea-fcl"], null),
        ],
        [
            new CostComponentResponse(CostComponents.Goods, Usd(2763.00m), CostComponents.Seller, true, CostComponents.Firm,
                PriceLists.PriceListInEffect.FactoryPrices, new DateOnly(2026, 12, 3), null, null),
            new CostComponentResponse(CostComponents.ExportClearance, Usd(85.00m), CostComponents.Seller, true, CostComponents.Estimate, Lane, RatesAsOf,
                "Origin charges per shipment, by lane", null),
            new CostComponentResponse(CostComponents.MainFreight, Usd(123.10m), CostComponents.Seller, true, CostComponents.Estimate, Lane, RatesAsOf,
                "VNSGN: 1.503 W/M × USD 81.90 (minimum 81.90)", null),
            new CostComponentResponse(CostComponents.Insurance, Usd(25.00m), CostComponents.Seller, true, CostComponents.Estimate,
                "Demo cargo insurance terms seeded for the sample catalogue, not an insurer's quotation", RatesAsOf,
                "0.3 % of 110 % of the CIF value, ICC (C)", null),
            new CostComponentResponse(CostComponents.ImportDuty, Usd(1048.64m), CostComponents.Buyer, false, CostComponents.Estimate, Duty, RatesAsOf,
                "HS 4202.92: 35 % of CIF value USD 2,996.10", null),
            new CostComponentResponse(CostComponents.ImportVat, Usd(668.73m), CostComponents.Buyer, false, CostComponents.Estimate, Duty, RatesAsOf,
                "HS 4202.92: VAT 16 % of USD 4,179.56", null),
            new CostComponentResponse(CostComponents.OtherLevies, Usd(134.82m), CostComponents.Buyer, false, CostComponents.Estimate, Duty, RatesAsOf,
                "HS 4202.92: Import declaration fee 2.5 %, Railway development levy 2 %", null),
        ],
        Usd(2996.10m), Usd(1852.19m), Usd(4848.29m), [], AllocationResponse.Standard,
        [new LandedLineResponse(1, "CL-METRO9-BLK", 300, Usd(16.16m))]);

    private static Money Usd(decimal amount) => new(amount, Money.BaseCurrency);
}
