using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>Where the goods go: the consignee's address. The country decides documents and duties.</summary>
public sealed class ShipTo
{
    /// <summary>Consignee or warehouse name.</summary>
    /// <example>Nairobi Outfitters Ltd — Mombasa Road warehouse</example>
    public string? Name { get; init; }

    /// <example>Godown 14, Mombasa Road</example>
    [Required]
    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    /// <example>Nairobi</example>
    [Required]
    public string? City { get; init; }

    public string? Region { get; init; }

    /// <example>00500</example>
    public string? PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    /// <example>KE</example>
    [Required]
    public string? Country { get; init; }

    public sealed class Validator : AbstractValidator<ShipTo>
    {
        public Validator()
        {
            RuleFor(s => s.AddressLine1).NotEmpty().WithMessage("addressLine1 is required.");
            RuleFor(s => s.City).NotEmpty().WithMessage("city is required.");
            RuleFor(s => s.Country).NotNull().WithMessage("country is required.");
            RuleFor(s => s.Country).Matches(Countries.Pattern)
                .WithMessage("country must be an ISO 3166-1 alpha-2 code such as KE or DE.");
            RuleFor(s => s.Name).MaximumLength(200);
            RuleFor(s => s.AddressLine1).MaximumLength(200);
            RuleFor(s => s.AddressLine2).MaximumLength(200);
            RuleFor(s => s.City).MaximumLength(100);
            RuleFor(s => s.Region).MaximumLength(100);
            RuleFor(s => s.PostalCode).MaximumLength(20);
        }
    }
}
