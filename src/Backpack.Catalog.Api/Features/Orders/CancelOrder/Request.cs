using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.CancelOrder;

/// <summary>Optional body of a cancellation.</summary>
public sealed class CancelOrderRequest
{
    public const int MaxReasonLength = 500;

    public static CancelOrderRequest Example => new() { Reason = "Our customer withdrew the PO." };

    /// <summary>Why the order is cancelled (at most 500 characters); kept in the status history.</summary>
    /// <example>Customer withdrew the tender.</example>
    public string? Reason { get; init; }

    public sealed class Validator : AbstractValidator<CancelOrderRequest>
    {
        public Validator() =>
            RuleFor(r => r.Reason).MaximumLength(MaxReasonLength).WithMessage($"reason must be at most {MaxReasonLength} characters.");
    }
}
