using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Payments;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Orders.RecordPayment;

/// <summary>A payment the supplier's bank received against an order: a deposit, the balance, or part of either.</summary>
public sealed class RecordPaymentRequest
{
    public static RecordPaymentRequest Example => new()
    {
        Amount = 10000.00m, Currency = "KES", Reference = "MT103-KCB-2611-0042", Note = "Part of the 30 % deposit.",
    };

    /// <summary>What was received, in the order's currency, with at most its minor units of decimals; at most what is outstanding.</summary>
    /// <example>10000.00</example>
    [Required]
    [Range(0.001, 1_000_000_000_000)]
    public decimal? Amount { get; init; }

    /// <summary>The order's currency.</summary>
    /// <example>KES</example>
    [Required]
    [OneOf(typeof(Currencies), nameof(Currencies.Codes))]
    public string? Currency { get; init; }

    /// <summary>The value date the supplier's bank credited it (UTC date): not before the order was placed, not after today. Default: today.</summary>
    public DateOnly? ReceivedOn { get; init; }

    /// <summary>The bank's or the buyer's reference (1 to 64 printable characters), unique on the order.</summary>
    /// <example>MT103-KCB-2611-0042</example>
    [Required]
    [MaxLength(PaymentLimits.MaxReferenceLength)]
    public string? Reference { get; init; }

    /// <summary>At most 500 characters.</summary>
    [MaxLength(PaymentLimits.MaxNoteLength)]
    public string? Note { get; init; }

    public sealed class Validator : AbstractValidator<RecordPaymentRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Amount).NotNull().GreaterThan(0m).LessThanOrEqualTo(1_000_000_000_000m)
                .WithMessage("amount is required: more than 0, in the order's currency.");
            RuleFor(r => r.Currency).RequiredOneOf(Currencies.Codes).WithMessage($"currency must be one of: {Currencies.Describe()}.");
            RuleFor(r => r.Reference).NotEmpty().MaximumLength(PaymentLimits.MaxReferenceLength).Must(t => t is null || !t.Any(char.IsControl))
                .WithMessage($"reference is required, 1 to {PaymentLimits.MaxReferenceLength} printable characters.");
            RuleFor(r => r.Note).MaximumLength(PaymentLimits.MaxNoteLength).WithMessage($"note must be at most {PaymentLimits.MaxNoteLength} characters.");
        }
    }
}

public sealed class RecordPaymentValidator : Validator<OrderChange<RecordPaymentRequest>>
{
    public RecordPaymentValidator() =>
        RuleFor(i => i.Body).SetValidator(new RecordPaymentRequest.Validator()).OverridePropertyName(nameof(OrderChange<RecordPaymentRequest>.Body));
}
