using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Payments;

/// <summary>Payment terms as the admin sets them on an account; orders copy them at placement.</summary>
public sealed class PaymentTermsDocument
{
    public const int MaxBalanceDays = 180;
    public const int MaxLetterOfCreditText = 64;

    public static PaymentTermsDocument Example => new() { Method = PaymentMethods.TelegraphicTransfer, DepositPercent = 30, BalanceDue = Payments.BalanceDue.BeforeShipment };

    /// <summary>tt (telegraphic transfer), lc (letter of credit), open-account or escrow.</summary>
    /// <example>tt</example>
    [Required]
    [OneOf(typeof(PaymentMethods), nameof(PaymentMethods.All))]
    public string? Method { get; init; }

    /// <summary>Due on confirmation, as a whole percentage of the order total (0 to 100; 0 for open account). Production waits for it.</summary>
    /// <example>30</example>
    [Required]
    [Range(0, 100)]
    public int? DepositPercent { get; init; }

    /// <summary>When the balance is due: before-shipment (shipping waits for it), against-bl-copy (on the copy of the bill of lading the
    /// supplier sends once shipped) or after-shipment (balanceDays after the ship date).</summary>
    /// <example>before-shipment</example>
    [Required]
    [OneOf(typeof(BalanceDue), nameof(Payments.BalanceDue.All))]
    public string? BalanceDue { get; init; }

    /// <summary>after-shipment only: days after shipment, 1 to 180.</summary>
    [Range(1, MaxBalanceDays)]
    public int? BalanceDays { get; init; }

    /// <summary>open-account only: the most the account may owe across its open orders, in USD.</summary>
    [Range(0, 100_000_000)]
    public decimal? CreditLimitUsd { get; init; }

    /// <summary>lc only: the letter of credit that covers the account's orders.</summary>
    public LetterOfCreditDocument? LetterOfCredit { get; init; }

    public PaymentTerms ToTerms() => new(Method!, DepositPercent!.Value, BalanceDue!, BalanceDue == Payments.BalanceDue.AfterShipment ? BalanceDays : null,
        CreditLimitUsd is { } limit ? Money.ToCents(limit) : null,
        LetterOfCredit is { } lc ? new LetterOfCredit(lc.Number!, lc.IssuingBank!, lc.Amount!.Value, lc.Currency!, lc.ExpiresOn!.Value) : null);

    public sealed class Validator : AbstractValidator<PaymentTermsDocument>
    {
        public Validator()
        {
            RuleFor(t => t.Method).RequiredOneOf(PaymentMethods.All).WithMessage($"method must be one of: {string.Join(", ", PaymentMethods.All)}.");
            RuleFor(t => t.DepositPercent).NotNull().InclusiveBetween(0, 100).WithMessage("depositPercent must be a whole number from 0 to 100.");
            RuleFor(t => t.BalanceDue).RequiredOneOf(Payments.BalanceDue.All).WithMessage($"balanceDue must be one of: {string.Join(", ", Payments.BalanceDue.All)}.");
            RuleFor(t => t.BalanceDays).NotNull().When(t => t.BalanceDue == Payments.BalanceDue.AfterShipment)
                .WithMessage("balanceDays is required with after-shipment: the days after shipment the balance is due.");
            RuleFor(t => t.BalanceDays).InclusiveBetween(1, MaxBalanceDays).WithMessage($"balanceDays must be 1 to {MaxBalanceDays}.");
            RuleFor(t => t.BalanceDays).Null().When(t => t.BalanceDue != Payments.BalanceDue.AfterShipment)
                .WithMessage("balanceDays goes with after-shipment only.");
            RuleFor(t => t.CreditLimitUsd).NotNull().When(t => t.Method == PaymentMethods.OpenAccount)
                .WithMessage("creditLimitUsd is required on open account: the most the account may owe.");
            RuleFor(t => t.CreditLimitUsd).Null().When(t => t.Method != PaymentMethods.OpenAccount)
                .WithMessage("creditLimitUsd goes with open-account only.");
            RuleFor(t => t.CreditLimitUsd).InclusiveBetween(0m, 100_000_000m).Must(v => v is null || v == decimal.Round(v.Value, 2)).When(t => t.CreditLimitUsd is not null)
                .WithMessage("creditLimitUsd must be 0 to 100,000,000 with at most two decimals.");
            RuleFor(t => t.LetterOfCredit).NotNull().When(t => t.Method == PaymentMethods.LetterOfCredit)
                .WithMessage("letterOfCredit is required with lc: its number, issuing bank, amount, currency and expiry.");
            RuleFor(t => t.LetterOfCredit).Null().When(t => t.Method != PaymentMethods.LetterOfCredit)
                .WithMessage("letterOfCredit goes with lc only.");
            RuleFor(t => t.LetterOfCredit!).SetValidator(new LetterOfCreditDocument.Validator()).When(t => t.LetterOfCredit is not null);
        }
    }
}

/// <summary>A letter of credit: number, issuing bank, amount and currency, expiry date.</summary>
public sealed class LetterOfCreditDocument
{
    /// <example>LC-ITAU-2027-00418</example>
    [Required]
    [MaxLength(PaymentTermsDocument.MaxLetterOfCreditText)]
    public string? Number { get; init; }

    /// <example>Itaú Unibanco S.A., São Paulo</example>
    [Required]
    [MaxLength(PaymentTermsDocument.MaxLetterOfCreditText)]
    public string? IssuingBank { get; init; }

    /// <summary>The most the letter pays, in its currency (at most two decimals).</summary>
    /// <example>60000.00</example>
    [Required]
    [Range(0.01, 100_000_000)]
    public decimal? Amount { get; init; }

    /// <example>USD</example>
    [Required]
    [OneOf(typeof(Currencies), nameof(Currencies.Codes))]
    public string? Currency { get; init; }

    /// <summary>The last day documents may be presented under it (UTC date).</summary>
    [Required]
    public DateOnly? ExpiresOn { get; init; }

    public sealed class Validator : AbstractValidator<LetterOfCreditDocument>
    {
        public Validator()
        {
            RuleFor(l => l.Number).NotEmpty().MaximumLength(PaymentTermsDocument.MaxLetterOfCreditText).Must(t => t is null || !t.Any(char.IsControl))
                .WithMessage($"letterOfCredit.number is required, at most {PaymentTermsDocument.MaxLetterOfCreditText} printable characters.");
            RuleFor(l => l.IssuingBank).NotEmpty().MaximumLength(PaymentTermsDocument.MaxLetterOfCreditText).Must(t => t is null || !t.Any(char.IsControl))
                .WithMessage($"letterOfCredit.issuingBank is required, at most {PaymentTermsDocument.MaxLetterOfCreditText} printable characters.");
            RuleFor(l => l.Amount).NotNull().GreaterThan(0m).LessThanOrEqualTo(100_000_000m).Must(v => v is null || v == decimal.Round(v.Value, 2))
                .WithMessage("letterOfCredit.amount must be more than 0 and at most 100,000,000, with at most two decimals.");
            RuleFor(l => l.Currency).RequiredOneOf(Currencies.Codes).WithMessage($"letterOfCredit.currency must be one of: {Currencies.Describe()}.");
            RuleFor(l => l.ExpiresOn).NotNull().WithMessage("letterOfCredit.expiresOn is required (a UTC date).");
        }
    }
}
