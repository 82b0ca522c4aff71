namespace Backpack.Catalog.Api.Features.Orders.Payments;

public static class PaymentLimits
{
    public const int MaxPerOrder = 20;
    public const int MaxReferenceLength = 64;
    public const int MaxNoteLength = 500;
}
