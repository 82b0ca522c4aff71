using Backpack.Catalog.Api.Features.Payments;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Distributors.CreateDistributor;

/// <summary>A new distributor account. Issue it a key with POST /v1/admin/api-keys.</summary>
public sealed class CreateDistributorRequest
{
    public const int MaxCompanyNameLength = 200;
    public const int MaxPaymentTermsLength = 200;

    public static CreateDistributorRequest Example => new()
    {
        CompanyName = "Lagos Bag Importers Ltd",
        Country = "NG",
        DefaultCurrency = "NGN",
        DefaultIncoterm = "CIF",
        Terms = PaymentTermsDocument.Example,
    };

    /// <example>Lagos Bag Importers Ltd</example>
    [Required]
    public string? CompanyName { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of the company.</summary>
    /// <example>NG</example>
    [Required]
    public string? Country { get; init; }

    /// <summary>Currency orders default to: USD, EUR, GBP, AED, SAR, ZAR, KES, NGN or BRL.</summary>
    /// <example>NGN</example>
    [Required]
    public string? DefaultCurrency { get; init; }

    /// <summary>Incoterm orders default to: EXW, FOB, CIF, DAP or DDP.</summary>
    /// <example>CIF</example>
    [Required]
    public string? DefaultIncoterm { get; init; }

    /// <summary>The payment terms orders apply: method, deposit, when the balance is due, and the credit limit (open account) or the
    /// letter of credit (lc). Required unless depositPercent and paymentTerms are sent, which make T/T terms with the balance before shipment.</summary>
    public PaymentTermsDocument? Terms { get; init; }

    /// <summary>Optional with terms (then equal to terms.depositPercent): the deposit due on confirmation, as a whole percentage (0 to 100).</summary>
    public int? DepositPercent { get; init; }

    /// <summary>The payment terms in words (at most 200 characters). Default: the terms described, e.g. "T/T: 30 % deposit on confirmation,
    /// 70 % balance before shipment".</summary>
    [MaxLength(MaxPaymentTermsLength)]
    public string? PaymentTerms { get; init; }

    /// <summary>The terms the account is opened with: the structured ones, or T/T from depositPercent.</summary>
    public PaymentTerms ResolvedTerms() => Terms?.ToTerms() ?? Payments.PaymentTerms.Legacy(DepositPercent!.Value);

    public sealed class Validator : Validator<CreateDistributorRequest>
    {
        public Validator()
        {
            RuleFor(r => r.CompanyName).NotEmpty().MaximumLength(MaxCompanyNameLength).WithMessage($"companyName is required, at most {MaxCompanyNameLength} characters.");
            RuleFor(r => r.Country).NotNull().Matches(Countries.Pattern).WithMessage("country must be an ISO 3166-1 alpha-2 code such as NG.");
            RuleFor(r => r.DefaultCurrency).RequiredOneOf(Currencies.Codes).WithMessage($"defaultCurrency must be one of: {Currencies.Describe()}.");
            RuleFor(r => r.DefaultIncoterm).RequiredOneOf(Incoterms.All).WithMessage($"defaultIncoterm must be one of: {Incoterms.Describe()}.");
            RuleFor(r => r.DepositPercent).NotNull().When(r => r.Terms is null).WithMessage("terms is required (or depositPercent and paymentTerms for T/T terms).");
            RuleFor(r => r.PaymentTerms).NotEmpty().When(r => r.Terms is null).WithMessage("terms is required (or depositPercent and paymentTerms for T/T terms).");
            RuleFor(r => r.DepositPercent).InclusiveBetween(0, 100).WithMessage("depositPercent must be a whole number from 0 to 100.");
            RuleFor(r => r.DepositPercent).Equal(r => r.Terms!.DepositPercent).When(r => r.Terms?.DepositPercent is not null && r.DepositPercent is not null)
                .WithMessage("depositPercent must equal terms.depositPercent; leave it out when you send terms.");
            RuleFor(r => r.PaymentTerms).MaximumLength(MaxPaymentTermsLength).Must(t => t!.Trim().Length > 0).When(r => r.PaymentTerms is not null)
                .WithMessage($"paymentTerms must be 1 to {MaxPaymentTermsLength} characters.");
            RuleFor(r => r.Terms!).SetValidator(new PaymentTermsDocument.Validator()).When(r => r.Terms is not null);
        }
    }
}
