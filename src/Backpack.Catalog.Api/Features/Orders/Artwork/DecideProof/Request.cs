using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.Artwork.DecideProof;

/// <summary>The distributor's answer to a proof.</summary>
public sealed class ProofDecisionRequest
{
    public static ProofDecisionRequest Example => new() { Decision = ProofDecisions.ChangesRequested, Comment = "Move the logo 10 mm up and use Pantone 286 C." };

    /// <summary>approved, or changes_requested (then say which in comment).</summary>
    /// <example>changes_requested</example>
    [Required]
    [OneOf(typeof(ProofDecisions), nameof(ProofDecisions.All))]
    public string? Decision { get; init; }

    /// <summary>The changes asked for: required with changes_requested, at most 1,000 characters.</summary>
    /// <example>Move the logo 10 mm up and use Pantone 286 C.</example>
    [MaxLength(ArtworkLimits.MaxCommentLength)]
    public string? Comment { get; init; }

    public sealed class Validator : AbstractValidator<ProofDecisionRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Decision).RequiredOneOf(ProofDecisions.All).WithMessage($"decision must be one of: {string.Join(", ", ProofDecisions.All)}.");
            RuleFor(r => r.Comment).NotEmpty().When(r => r.Decision == ProofDecisions.ChangesRequested)
                .WithMessage("comment is required with changes_requested: say what to change.");
            RuleFor(r => r.Comment).MaximumLength(ArtworkLimits.MaxCommentLength).WithMessage($"comment must be at most {ArtworkLimits.MaxCommentLength} characters.");
        }
    }
}

/// <summary>The route of the proof and the answer in the body.</summary>
public sealed class DecideProofInput : DesignRoute
{
    [RouteParam]
    [System.ComponentModel.Description("The proof round being answered: the latest one.")]
    [Range(1, ArtworkLimits.MaxProofRounds)]
    public int Round { get; init; }

    [FromBody]
    public ProofDecisionRequest Body { get; init; } = new();

    public sealed class InputValidator : Validator<DecideProofInput>
    {
        public InputValidator()
        {
            RuleFor(i => i.Round).InclusiveBetween(1, ArtworkLimits.MaxProofRounds).WithMessage($"round must be 1 to {ArtworkLimits.MaxProofRounds}.");
            RuleFor(i => i.Body).SetValidator(new ProofDecisionRequest.Validator()).OverridePropertyName(nameof(Body));
        }
    }
}
