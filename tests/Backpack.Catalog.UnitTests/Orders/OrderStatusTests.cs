using Backpack.Catalog.Api.Features.Orders;

namespace Backpack.Catalog.UnitTests.Orders;

public sealed class OrderStatusTests
{
    public static TheoryData<string, string> Legal => new()
    {
        { "submitted", "confirmed" }, { "submitted", "rejected" }, { "submitted", "cancelled" },
        { "confirmed", "in_production" }, { "confirmed", "ready_to_ship" }, { "confirmed", "cancelled" },
        { "in_production", "ready_to_ship" }, { "ready_to_ship", "shipped" }, { "shipped", "delivered" },
    };

    [Theory]
    [MemberData(nameof(Legal))]
    public void The_documented_transitions_are_allowed(string from, string to) => OrderStatus.CanMove(from, to).ShouldBeTrue();

    [Fact]
    public void Every_other_pair_is_refused()
    {
        var legal = Legal.Select(row => ((string)row.Data.Item1, (string)row.Data.Item2)).ToHashSet();
        var refused = OrderStatus.All.SelectMany(from => OrderStatus.All.Select(to => (from, to))).Where(pair => !legal.Contains(pair)).ToList();

        refused.Count.ShouldBe((OrderStatus.All.Count * OrderStatus.All.Count) - legal.Count);
        refused.ShouldAllBe(pair => !OrderStatus.CanMove(pair.from, pair.to));
        OrderStatus.CanMove("unknown", OrderStatus.Confirmed).ShouldBeFalse();
    }

    [Theory]
    [InlineData("delivered")]
    [InlineData("cancelled")]
    [InlineData("rejected")]
    public void Final_statuses_lead_nowhere(string status) => OrderStatus.Next[status].ShouldBeEmpty();

    [Fact]
    public void Once_in_production_an_order_can_no_longer_be_cancelled()
    {
        OrderStatus.CanMove(OrderStatus.InProduction, OrderStatus.Cancelled).ShouldBeFalse();
        OrderStatus.CanMove(OrderStatus.ReadyToShip, OrderStatus.Cancelled).ShouldBeFalse();
        OrderStatus.CanMove(OrderStatus.Shipped, OrderStatus.Cancelled).ShouldBeFalse();
    }

    [Fact]
    public void Only_ends_without_shipment_release_stock_and_only_shipping_consumes_it()
    {
        OrderStatus.All.Where(OrderStatus.ReleasesReservation).Order().ShouldBe(["cancelled", "rejected"]);
        OrderStatus.All.Where(OrderStatus.ConsumesReservation).ShouldBe(["shipped"]);
    }
}
