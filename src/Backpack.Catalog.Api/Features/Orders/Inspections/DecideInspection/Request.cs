using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.Inspections.DecideInspection;

/// <summary>The distributor's answer to a failed inspection.</summary>
public sealed class InspectionDecisionRequest
{
    public static InspectionDecisionRequest Example => new() { Decision = InspectionResults.Rework, Comment = "Replace the loose zip pullers and re-inspect." };

    /// <summary>concession (take the goods as they are; shipping may go on) or rework (the factory fixes them and they are inspected again).</summary>
    /// <example>rework</example>
    [Required]
    [OneOf(typeof(InspectionResults), nameof(InspectionResults.Decisions))]
    public string? Decision { get; init; }

    /// <summary>Required: what is accepted, or what to rework (at most 1,000 characters).</summary>
    /// <example>Replace the loose zip pullers and re-inspect.</example>
    [Required]
    [MaxLength(ArtworkLimits.MaxCommentLength)]
    public string? Comment { get; init; }

    public sealed class Validator : AbstractValidator<InspectionDecisionRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Decision).RequiredOneOf(InspectionResults.Decisions).WithMessage("decision must be concession or rework.");
            RuleFor(r => r.Comment).NotEmpty().MaximumLength(ArtworkLimits.MaxCommentLength)
                .WithMessage($"comment is required: what you accept, or what to rework (at most {ArtworkLimits.MaxCommentLength} characters).");
        }
    }
}

public sealed class DecideInspectionInput : InspectionRoute
{
    [FromBody]
    public InspectionDecisionRequest Body { get; init; } = new();

    public sealed class InputValidator : Validator<DecideInspectionInput>
    {
        public InputValidator()
        {
            RuleFor(i => i.Round).InclusiveBetween(1, InspectionStates.MaxRounds).WithMessage($"round must be 1 to {InspectionStates.MaxRounds}.");
            RuleFor(i => i.Body).SetValidator(new InspectionDecisionRequest.Validator()).OverridePropertyName(nameof(Body));
        }
    }
}
