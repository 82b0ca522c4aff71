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
        DepositPercent = 30,
        PaymentTerms = "T/T: 30 % deposit on confirmation, 70 % balance before shipment",
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

    /// <summary>Deposit due on confirmation, as a whole percentage of the order subtotal (0 to 100).</summary>
    /// <example>30</example>
    [Required]
    public int? DepositPercent { get; init; }

    /// <summary>The payment terms in words (at most 200 characters).</summary>
    [Required]
    public string? PaymentTerms { get; init; }

    public sealed class Validator : Validator<CreateDistributorRequest>
    {
        public Validator()
        {
            RuleFor(r => r.CompanyName).NotEmpty().MaximumLength(MaxCompanyNameLength).WithMessage($"companyName is required, at most {MaxCompanyNameLength} characters.");
            RuleFor(r => r.Country).NotNull().Matches(Countries.Pattern).WithMessage("country must be an ISO 3166-1 alpha-2 code such as NG.");
            RuleFor(r => r.DefaultCurrency).RequiredOneOf(Currencies.Codes).WithMessage($"defaultCurrency must be one of: {Currencies.Describe()}.");
            RuleFor(r => r.DefaultIncoterm).RequiredOneOf(Incoterms.All).WithMessage($"defaultIncoterm must be one of: {Incoterms.Describe()}.");
            RuleFor(r => r.DepositPercent).NotNull().InclusiveBetween(0, 100).WithMessage("depositPercent must be a whole number from 0 to 100.");
            RuleFor(r => r.PaymentTerms).NotEmpty().MaximumLength(MaxPaymentTermsLength).WithMessage($"paymentTerms is required, at most {MaxPaymentTermsLength} characters.");
        }
    }
}
