using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Documents;
using Backpack.Catalog.Api.Features.Orders.Shipments;

namespace Backpack.Catalog.UnitTests.Orders;

public sealed class ChargeSharesTests
{
    private static readonly OrderLineRow[] Lines = [new() { LineNumber = 1, Quantity = 100, LineTotalMinor = 100_00 }];

    private static ShipmentRow Shipment(int number, long goods, string status = ShipmentStatuses.Booked, string? departedOn = null) =>
        new() { Number = number, GoodsMinor = goods, Status = status, DepartedOn = departedOn, Lines = [new() { LineNumber = 1, Quantity = (int)(goods / 100) }] };

    [Fact]
    public void A_small_charge_split_over_many_shipments_is_never_negative_and_adds_up_to_the_cent()
    {
        ShipmentRow[] shipments = [Shipment(1, 30_00), Shipment(2, 30_00), Shipment(3, 30_00), Shipment(4, 10_00)];
        var shares = new ChargeShares(Lines, shipments);

        var split = shipments.Select(s => shares.Of(5, s)).ToList();

        split.ShouldAllBe(s => s >= 0);
        split.Sum().ShouldBe(5);
    }

    [Fact]
    public void A_departed_shipment_keeps_its_share_when_an_earlier_booking_is_cancelled()
    {
        var departed = Shipment(2, 60_00, ShipmentStatuses.Departed, "2026-12-01");
        var before = new ChargeShares(Lines, [Shipment(1, 40_00), departed]).Of(101, departed);

        var after = new ChargeShares(Lines, [Shipment(1, 40_00, ShipmentStatuses.Cancelled), departed, Shipment(3, 40_00)]).Of(101, departed);

        after.ShouldBe(before);
        before.ShouldBe(61, "60 % of 101, rounded half away from zero, counted first because it departed first");
    }
}
