using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.Inspections;

/// <summary>One inspection round of an order, as the report and decision routes name it.</summary>
public class InspectionRoute
{
    [RouteParam]
    [Description(OrderInputs.OrderIdDescription)]
    public string OrderId { get; init; } = "";

    [RouteParam]
    [Description("The inspection round: 1 for the first inspection, one more for each after it.")]
    [Range(1, InspectionStates.MaxRounds)]
    public int Round { get; init; }

    [FromHeader("If-Match", isRequired: false)]
    [Description(Preconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    public sealed class Validator : Validator<InspectionRoute>
    {
        public Validator() => RuleFor(r => r.Round).InclusiveBetween(1, InspectionStates.MaxRounds).WithMessage($"round must be 1 to {InspectionStates.MaxRounds}.");
    }
}
