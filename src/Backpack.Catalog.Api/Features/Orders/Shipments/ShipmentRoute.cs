using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>One shipment of an order, as the shipment routes name it.</summary>
public class ShipmentRoute
{
    public const string NumberDescription = "The shipment's number: 1 for the order's first, one more for each booked after it.";

    [RouteParam]
    [Description(OrderInputs.OrderIdDescription)]
    public string OrderId { get; init; } = "";

    [RouteParam]
    [Description(NumberDescription)]
    [Range(1, ShipmentLimits.MaxPerOrder)]
    public int Number { get; init; }

    public sealed class Validator : Validator<ShipmentRoute>
    {
        public Validator() => RuleFor(r => r.Number).InclusiveBetween(1, ShipmentLimits.MaxPerOrder)
            .WithMessage($"number must be 1 to {ShipmentLimits.MaxPerOrder}.");
    }
}

/// <summary>A change to one shipment: its route, the order's If-Match and the body.</summary>
public sealed class ShipmentChange<TBody>
{
    [RouteParam]
    [Description(OrderInputs.OrderIdDescription)]
    public string OrderId { get; init; } = "";

    [RouteParam]
    [Description(ShipmentRoute.NumberDescription)]
    [Range(1, ShipmentLimits.MaxPerOrder)]
    public int Number { get; init; }

    [FromHeader("If-Match", isRequired: false)]
    [Description(Preconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }

    [FromBody]
    public TBody Body { get; init; } = default!;
}
