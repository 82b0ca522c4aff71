using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.PreProductionSamples;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Orders.DispatchSample;

/// <summary>A pre-production sample the supplier has sent to the distributor by courier.</summary>
public sealed class DispatchSampleRequest
{
    public static DispatchSampleRequest Example => new()
    {
        Reference = "PPS-0117-1", Carrier = "DHL Express", TrackingNumber = "1234567890", Note = "Embroidered with 3 thread colours, Pantone 286 C.",
    };

    /// <summary>The supplier's reference for the sample, as labelled on it: 1 to 40 letters, digits and . _ / -, starting with a letter or digit;
    /// unique on the order. The approved one becomes the golden sample.</summary>
    /// <example>PPS-0117-1</example>
    [Required]
    [MaxLength(SampleLimits.MaxReferenceLength)]
    [RegularExpression(SampleLimits.ReferencePattern)]
    public string? Reference { get; init; }

    /// <summary>The courier (at most 40 characters).</summary>
    /// <example>DHL Express</example>
    [MaxLength(SampleLimits.MaxCarrierLength)]
    public string? Carrier { get; init; }

    /// <summary>The courier's tracking number: 4 to 40 letters, digits and hyphens.</summary>
    /// <example>1234567890</example>
    [MaxLength(SampleLimits.MaxTrackingNumberLength)]
    [RegularExpression(SampleLimits.TrackingNumberPattern)]
    public string? TrackingNumber { get; init; }

    /// <summary>What to tell the distributor about the sample (at most 500 characters).</summary>
    [MaxLength(SampleLimits.MaxNoteLength)]
    public string? Note { get; init; }

    public sealed class Validator : AbstractValidator<DispatchSampleRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Reference).NotEmpty().WithMessage("reference is required: the supplier's reference for the sample, e.g. PPS-0117-1.");
            RuleFor(r => r.Reference).Matches(SampleLimits.ReferencePattern)
                .WithMessage("reference must be 1 to 40 letters, digits and . _ / -, starting with a letter or digit, e.g. PPS-0117-1.");
            RuleFor(r => r.Carrier).Must(c => c!.Trim().Length is > 0 and <= SampleLimits.MaxCarrierLength && !c.Any(char.IsControl))
                .When(r => r.Carrier is not null).WithMessage($"carrier must be 1 to {SampleLimits.MaxCarrierLength} printable characters.");
            RuleFor(r => r.TrackingNumber).Matches(SampleLimits.TrackingNumberPattern)
                .WithMessage("trackingNumber must be 4 to 40 letters, digits and hyphens.");
            RuleFor(r => r.Note).MaximumLength(SampleLimits.MaxNoteLength).WithMessage($"note must be at most {SampleLimits.MaxNoteLength} characters.");
        }
    }
}

public sealed class DispatchSampleValidator : Validator<OrderChange<DispatchSampleRequest>>
{
    public DispatchSampleValidator() =>
        RuleFor(i => i.Body).SetValidator(new DispatchSampleRequest.Validator()).OverridePropertyName(nameof(OrderChange<DispatchSampleRequest>.Body));
}
