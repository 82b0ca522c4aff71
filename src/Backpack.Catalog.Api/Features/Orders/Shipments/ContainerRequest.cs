using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>A container the goods are stuffed in.</summary>
public sealed class ContainerRequest
{
    /// <summary>ISO 6346: owner code, category U, J or Z, six digits and the check digit.</summary>
    /// <example>MSKU2613481</example>
    [Required]
    [MinLength(11)]
    [MaxLength(11)]
    [RegularExpression(TransportNumbers.ContainerPattern)]
    public string? Number { get; init; }

    /// <summary>20GP, 40GP or 40HC.</summary>
    /// <example>40HC</example>
    [Required]
    [OneOf(typeof(TransportNumbers), nameof(TransportNumbers.ContainerTypes))]
    public string? Type { get; init; }

    /// <summary>The seal number, once sealed: 1 to 20 capital letters, digits and hyphens.</summary>
    [MaxLength(ShipmentLimits.MaxSealLength)]
    [RegularExpression(ShipmentLimits.SealPattern)]
    public string? Seal { get; init; }

    public ShipmentContainer ToContainer() => new(Number!, Type!, Seal);

    public sealed class Validator : AbstractValidator<ContainerRequest>
    {
        public Validator()
        {
            RuleFor(c => c.Number).Must(TransportNumbers.IsContainerNumber)
                .WithMessage(c => $"{c.Number ?? "number"} is not an ISO 6346 container number: four capital letters ending in U, J or Z, six digits and the check digit, e.g. MSKU2613481.");
            RuleFor(c => c.Type).RequiredOneOf(TransportNumbers.ContainerTypes).WithMessage("type must be 20GP, 40GP or 40HC.");
            RuleFor(c => c.Seal).Matches(ShipmentLimits.SealPattern).WithMessage("seal must be 1 to 20 capital letters, digits and hyphens.");
        }
    }
}
