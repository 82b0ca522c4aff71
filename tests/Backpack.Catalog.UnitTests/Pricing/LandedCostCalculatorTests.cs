using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Features.Trade;

namespace Backpack.Catalog.UnitTests.Pricing;

/// <summary>The freight arithmetic the worked examples do not reach: containers, chargeable weight, several ports, part cartons.</summary>
public sealed class LandedCostCalculatorTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly LandedCostOptions Options = new();
    private static readonly Currency Usd = Currencies.ByCode["USD"];

    // 50 × 50 × 40 cm = 0.1 m³ a carton of 10 units at 500 g, 6 kg full (1 kg of carton and packs).
    private static CostedLine Line(int number, string sku, int quantity, string origin = "CN", long unitCents = 1000) => new(
        number, sku, quantity, origin, "4202.92", unitCents * quantity, unitCents * quantity / 100m, 10, 500, new CartonPacking(50, 50, 40, 6000), Today);

    private static FreightLane Lane(string origin, string mode, long? perCbm = null, long? per20 = null, long? per40 = null, long? perHc = null,
        long? perKg = null, long minimum = 0, int transit = 20) => new(
        $"{origin.ToLowerInvariant()}-kemba-{mode}", origin, mode is ShippingModes.Air or ShippingModes.Courier ? "KENBO" : "KEMBA", mode, "USD",
        perCbm, per20, per40, perHc, perKg, minimum, 5000, transit, Today.AddDays(-1), Today.AddDays(200), false, "test lane", 1);

    private static LandedCost Cost(IReadOnlyList<CostedLine> lines, string rule, string place, IReadOnlyList<FreightLane> lanes, string? mode = null) =>
        LandedCostCalculator.Calculate(
            new LandedCostInput(Incoterms.ByCode[rule], Places.ByCode[place], null, mode, null, Usd, 1m, "test", Today, lines),
            new TradeReference(lanes, [], new InsuranceTerms(3000, 110, 2500, "USD", Today, "test", 1)), Options, _ => 1m);

    [Theory]
    [InlineData(100, 1, 0, 0)]      // 10 m³: one 20′
    [InlineData(500, 0, 1, 0)]      // 50 m³: a 40′, cheaper than a 40′ HC
    [InlineData(1000, 0, 1, 1)]     // 100 m³: one full 40′ HC (68 m³), then a 40′ for the 32 m³ left
    [InlineData(1360, 0, 0, 2)]     // 136 m³: two full 40′ HC
    public void Full_containers_are_as_many_40ft_high_cubes_as_the_goods_fill_then_the_cheapest_that_takes_the_rest(
        int cartons, int twenties, int forties, int highCubes)
    {
        var landed = Cost([Line(1, "AA-ONE-1", cartons * 10)], "CIF", "KEMBA", [Lane("CNYTN", ShippingModes.SeaFcl, per20: 150_000, per40: 230_000, perHc: 240_000)],
            ShippingModes.SeaFcl);

        var option = landed.Response.Options.Single(o => o.Mode == ShippingModes.SeaFcl);
        option.Containers.ToDictionary(c => c.Type, c => c.Count).ShouldBe(new Dictionary<string, int>
        {
            [Containers.TwentyFoot] = twenties, [Containers.FortyFoot] = forties, [Containers.FortyFootHighCube] = highCubes,
        }.Where(c => c.Value > 0).ToDictionary());
        var freight = landed.Response.Components.Single(c => c.Component == CostComponents.MainFreight).Amount!.Amount;
        freight.ShouldBe((twenties * 1500m) + (forties * 2300m) + (highCubes * 2400m));
    }

    [Fact]
    public void Air_charges_the_volumetric_weight_when_it_is_above_the_gross_weight_and_a_part_carton_takes_a_whole_cartons_room()
    {
        // 25 units: 2 full cartons and one of 5; 0.3 m³ = 300,000 cm³ ÷ 6,000 = 50 kg, above 2 × 6 + (5 × 0.5 + 1) = 15.5 kg.
        var line = Line(1, "AA-ONE-1", 25);
        line.Cartons.ShouldBe(3);
        line.GrossGrams.ShouldBe(15_500);
        var landed = Cost([line], "CIP", "KENBO", [Lane("CNSZX", ShippingModes.Air, perKg: 450, minimum: 1000)], ShippingModes.Air);

        landed.Response.Components.Single(c => c.Component == CostComponents.MainFreight).Amount!.Amount.ShouldBe(225.00m, "50 kg × 4.50");
        var shipment = LandedCostCalculator.Shipment([line], Options, landed.Response);
        (shipment.Cbm, shipment.GrossWeightKg, shipment.AirChargeableWeightKg, shipment.CourierChargeableWeightKg).ShouldBe((0.300m, 15.50m, 50.00m, 60.00m));
    }

    [Fact]
    public void Goods_from_two_countries_ship_as_two_consignments_each_paying_its_own_freight_shared_by_volume()
    {
        var chinese = Line(1, "AA-ONE-1", 100, "CN");
        var vietnamese = Line(2, "BB-TWO-2", 300, "VN", unitCents: 2000);
        var landed = Cost([chinese, vietnamese], "CFR", "KEMBA",
            [Lane("CNYTN", ShippingModes.SeaLcl, perCbm: 10_000, transit: 25), Lane("VNSGN", ShippingModes.SeaLcl, perCbm: 20_000, transit: 30)],
            ShippingModes.SeaLcl);

        var response = landed.Response;
        response.Options.Single(o => o.Mode == ShippingModes.SeaLcl).Lanes.ShouldBe(["cnytn-kemba-sea-lcl", "vnsgn-kemba-sea-lcl"]);
        // 1 m³ × 100.00 from Yantian, 3 m³ × 200.00 from Ho Chi Minh City; each pays 50.00 of origin charges.
        response.Components.Single(c => c.Component == CostComponents.MainFreight).Amount!.Amount.ShouldBe(700.00m);
        response.Components.Single(c => c.Component == CostComponents.ExportClearance).Amount!.Amount.ShouldBe(100.00m);
        response.ArrivalDate.ShouldBe(Today.AddDays(30), "the later consignment");
        response.Components.Single(c => c.Component == CostComponents.Insurance).PaidBy.ShouldBe(CostComponents.Buyer, "CFR leaves insurance to the buyer");
        landed.Charges.ShouldBe(800.00m, "CFR: the supplier invoices export clearance and freight");
    }

    [Fact]
    public void Without_a_duty_rate_the_buyers_taxes_are_unknown_not_zero_and_there_is_no_landed_total()
    {
        var landed = Cost([Line(1, "AA-ONE-1", 100)], "CIF", "KEMBA", [Lane("CNYTN", ShippingModes.SeaLcl, perCbm: 10_000)]);

        var response = landed.Response;
        response.UnknownComponents.ShouldBe([CostComponents.ImportDuty, CostComponents.ImportVat, CostComponents.OtherLevies]);
        response.Components.Where(c => c.Component.StartsWith("import", StringComparison.Ordinal)).ShouldAllBe(c => c.Amount == null);
        response.LandedTotal.ShouldBeNull();
        response.InvoicedTotal.ShouldNotBeNull("CIF's invoiced part does not depend on the duty");
        landed.UnknownInvoiced.ShouldBeEmpty();
    }
}
