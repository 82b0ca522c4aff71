using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Inspections;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Orders.RecordInspection;

/// <summary>What the inspector found at the factory.</summary>
public sealed class RecordInspectionRequest
{
    public static RecordInspectionRequest Example => new()
    {
        Result = InspectionResults.Fail, CriticalDefects = 0, MajorDefects = 9, MinorDefects = 11, Note = "Sample size 125 (lot 1,201–3,200, General II): 9 major over the 7 accepted, mostly loose zip pullers.",
    };

    /// <summary>The day the inspector was at the factory (UTC date, not after today). Default: today.</summary>
    public DateOnly? InspectedOn { get; init; }

    /// <summary>pass or fail. A lot with a critical defect fails.</summary>
    /// <example>fail</example>
    [Required]
    [OneOf(typeof(InspectionResults), nameof(InspectionResults.All))]
    public string? Result { get; init; }

    [Required]
    [Range(0, InspectionLimits.MaxDefects)]
    public int? CriticalDefects { get; init; }

    [Required]
    [Range(0, InspectionLimits.MaxDefects)]
    public int? MajorDefects { get; init; }

    [Required]
    [Range(0, InspectionLimits.MaxDefects)]
    public int? MinorDefects { get; init; }

    /// <summary>The inspector's summary (at most 500 characters).</summary>
    [MaxLength(InspectionLimits.MaxNoteLength)]
    public string? Note { get; init; }

    public sealed class Validator : AbstractValidator<RecordInspectionRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Result).RequiredOneOf(InspectionResults.All).WithMessage("result must be pass or fail.");
            RuleFor(r => r.Result).Must(r => r != InspectionResults.Pass).When(r => r.CriticalDefects > 0)
                .WithMessage("result cannot be pass with a critical defect: any critical defect fails the lot.");
            foreach (var (rule, name) in new[] { ((Func<RecordInspectionRequest, int?>)(r => r.CriticalDefects), "criticalDefects"),
                         (r => r.MajorDefects, "majorDefects"), (r => r.MinorDefects, "minorDefects") })
            {
                RuleFor(r => rule(r)).NotNull().InclusiveBetween(0, InspectionLimits.MaxDefects).OverridePropertyName(name)
                    .WithMessage($"{name} is required: 0 to {InspectionLimits.MaxDefects:N0}.");
            }

            RuleFor(r => r.Note).MaximumLength(InspectionLimits.MaxNoteLength).WithMessage($"note must be at most {InspectionLimits.MaxNoteLength} characters.");
        }
    }
}

public sealed class RecordInspectionValidator : Validator<OrderChange<RecordInspectionRequest>>
{
    public RecordInspectionValidator() =>
        RuleFor(i => i.Body).SetValidator(new RecordInspectionRequest.Validator()).OverridePropertyName(nameof(OrderChange<RecordInspectionRequest>.Body));
}
