using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders.Artwork.DecideProof;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.PreProductionSamples.DecideSample;

/// <summary>The sample round in the route and the answer in the body, which is a proof's answer: approved, or changes_requested with a comment.</summary>
public sealed class DecideSampleInput
{
    [RouteParam]
    [Description(OrderInputs.OrderIdDescription)]
    public string OrderId { get; init; } = "";

    [RouteParam]
    [Description("The sample round being answered: the latest one.")]
    [Range(1, SampleLimits.MaxRounds)]
    public int Round { get; init; }

    [FromHeader("If-Match", isRequired: false)]
    [Description(Preconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public ProofDecisionRequest Body { get; init; } = new();

    public sealed class InputValidator : Validator<DecideSampleInput>
    {
        public InputValidator()
        {
            RuleFor(i => i.Round).InclusiveBetween(1, SampleLimits.MaxRounds).WithMessage($"round must be 1 to {SampleLimits.MaxRounds}.");
            RuleFor(i => i.Body).SetValidator(new ProofDecisionRequest.Validator()).OverridePropertyName(nameof(Body));
        }
    }
}
