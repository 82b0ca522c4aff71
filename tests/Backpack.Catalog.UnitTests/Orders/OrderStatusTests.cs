using Backpack.Catalog.Api.Features.Orders;

namespace Backpack.Catalog.UnitTests.Orders;

public sealed class OrderStatusTests
{
    public static TheoryData<string, string> Legal => new()
    {
        { "awaiting_artwork", "submitted" }, { "awaiting_artwork", "rejected" }, { "awaiting_artwork", "cancelled" },
        { "submitted", "confirmed" }, { "submitted", "rejected" }, { "submitted", "cancelled" },
        { "confirmed", "in_production" }, { "confirmed", "ready_to_ship" }, { "confirmed", "cancelled" },
        { "in_production", "ready_to_ship" }, { "in_production", "partially_shipped" }, { "in_production", "shipped" },
        { "ready_to_ship", "partially_shipped" }, { "ready_to_ship", "shipped" }, { "partially_shipped", "shipped" }, { "shipped", "delivered" },
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

    [Fact]
    public void Awaiting_artwork_waits_for_approval_except_to_end_the_order()
    {
        OrderStatus.WaitsForArtwork(OrderStatus.AwaitingArtwork, OrderStatus.Submitted).ShouldBeTrue("only the last approval moves it on");
        OrderStatus.WaitsForArtwork(OrderStatus.AwaitingArtwork, OrderStatus.InProduction).ShouldBeTrue();
        OrderStatus.WaitsForArtwork(OrderStatus.AwaitingArtwork, OrderStatus.Cancelled).ShouldBeFalse();
        OrderStatus.WaitsForArtwork(OrderStatus.AwaitingArtwork, OrderStatus.Rejected).ShouldBeFalse();
        OrderStatus.WaitsForArtwork(OrderStatus.Submitted, OrderStatus.Confirmed).ShouldBeFalse();
        OrderStatus.IsCancellable(OrderStatus.AwaitingArtwork).ShouldBeTrue();
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
    public void Only_ends_without_shipment_release_stock()
    {
        OrderStatus.All.Where(OrderStatus.ReleasesReservation).Order().ShouldBe(["cancelled", "rejected"]);
    }

    [Fact]
    public void Shipments_set_the_shipping_statuses_and_only_once_work_has_started_do_goods_depart()
    {
        OrderStatus.All.Where(OrderStatus.FollowsShipments).ShouldBe(["partially_shipped", "shipped", "delivered"]);
        OrderStatus.All.Where(OrderStatus.TakesShipments).ShouldBe(["confirmed", "in_production", "ready_to_ship", "partially_shipped"]);
        OrderStatus.All.Where(OrderStatus.ShipsGoods).ShouldBe(["in_production", "ready_to_ship", "partially_shipped"]);
    }
}
