using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Pricing;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.Artwork;

// What the operations on one design bind: the order and design in the route and, for a proof, its round.

public class DesignRoute
{
    public const string DesignDescription = "The design reference, as the order's customised lines name it, e.g. NAIROBI-LOGO-1.";

    [RouteParam]
    [Description(OrderInputs.OrderIdDescription)]
    public string OrderId { get; init; } = "";

    [RouteParam]
    [Description(DesignDescription)]
    public string Design { get; init; } = "";

    /// <summary>The 404 for an order id or design reference that cannot exist, answered without a lookup; null when both could.</summary>
    public IResult? CannotExist() =>
        !OrderIds.IsWellFormed(OrderId) ? OrderProblems.NotFound(OrderId)
        : !System.Text.RegularExpressions.Regex.IsMatch(Design, LineCustomizationRequest.DesignPattern) ? ArtworkProblems.DesignNotFound(OrderId, Design)
        : null;
}

public sealed class ProofRoute : DesignRoute
{
    [RouteParam]
    [Description("The proof round: 1 for the first proof, one more for each after it.")]
    [Range(1, ArtworkLimits.MaxProofRounds)]
    public int Round { get; init; }

    public sealed class Validator : Validator<ProofRoute>
    {
        public Validator() => RuleFor(r => r.Round).InclusiveBetween(1, ArtworkLimits.MaxProofRounds)
            .WithMessage($"round must be 1 to {ArtworkLimits.MaxProofRounds}.");
    }
}
