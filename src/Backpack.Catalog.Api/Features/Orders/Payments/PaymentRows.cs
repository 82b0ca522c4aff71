namespace Backpack.Catalog.Api.Features.Orders.Payments;

/// <summary>One payment the supplier received against an order, in the order's currency.</summary>
public sealed class PaymentRow
{
    public string OrderId { get; set; } = "";
    public int Sequence { get; set; }
    public long AmountMinor { get; set; }
    public string Currency { get; set; } = "";
    public string ReceivedOn { get; set; } = "";
    public string Reference { get; set; } = "";
    public string? Note { get; set; }
    public long RecordedAtMs { get; set; }
    public string? ActorKeyId { get; set; }
}
