using Backpack.Catalog.Api.Features.Trade;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>The checks a booking and a departure share on what they say about the transport: its document, containers, vessel and voyage.</summary>
public static class ShipmentText
{
    public static Func<string?, bool> IsPrintable(int maxLength) =>
        text => text is not null && text.Trim().Length is > 0 && text.Length <= maxLength && !text.Any(char.IsControl);

    public static void ApplyTransport<T>(AbstractValidator<T> validator)
        where T : ShipmentTransportRequest
    {
        validator.RuleFor(r => r.TransportDocumentNumber).Matches(ShipmentLimits.DocumentNumberPattern)
            .WithMessage("transportDocumentNumber must be 4 to 40 capital letters, digits and hyphens, as the carrier issued it.");
        validator.RuleFor(r => r.Containers).Must(c => c!.Count <= ShipmentLimits.MaxContainers).When(r => r.Containers is not null)
            .WithMessage($"containers takes at most {ShipmentLimits.MaxContainers}.");
        validator.RuleForEach(r => r.Containers).NotNull().WithMessage("Each container must be an object with number and type.")
            .When(r => Fits(r.Containers));
        validator.RuleForEach(r => r.Containers).SetValidator(new ContainerRequest.Validator()).When(r => Fits(r.Containers));
        validator.RuleForEach(r => r.Containers).Must((r, c) => c?.Number is null || ReferenceEquals(r.Containers!.First(o => o?.Number == c.Number), c))
            .When(r => Fits(r.Containers))
            .WithMessage((_, c) => $"Container {c!.Number} appears twice.");
        validator.RuleFor(r => r.Vessel).Must(IsPrintable(ShipmentLimits.MaxVesselLength)).When(r => r.Vessel is not null)
            .WithMessage($"vessel must be 1 to {ShipmentLimits.MaxVesselLength} printable characters.");
        validator.RuleFor(r => r.Voyage).Matches(ShipmentLimits.VoyagePattern).WithMessage("voyage must be 1 to 20 capital letters, digits and hyphens.");
    }

    private static bool Fits(IReadOnlyList<ContainerRequest>? containers) => containers is not null && containers.Count <= ShipmentLimits.MaxContainers;

    /// <summary>What only makes sense for the mode: an air waybill's check digit, containers by full container load, a vessel by sea. Null when
    /// all holds; otherwise the field and the message of the 400.</summary>
    public static (string Field, string Message)? ModeMismatch(string mode, ShipmentTransportRequest transport)
    {
        var (documentNumber, containers, vessel, voyage) = (transport.TransportDocumentNumber, transport.Containers, transport.Vessel, transport.Voyage);
        if (mode == ShippingModes.Air && documentNumber is not null && !TransportNumbers.IsAirWaybill(documentNumber))
        {
            return ("transportDocumentNumber", $"{documentNumber} is not an air waybill number: a 3-digit airline prefix and an 8-digit serial whose " +
                "last digit is the first seven modulo 7, e.g. 176-12345675.");
        }

        if (containers is { Count: > 0 } && mode != ShippingModes.SeaFcl)
        {
            return ("containers", $"containers are for sea-fcl shipments; this one goes {mode}.");
        }

        return !ShippingModes.IsSea(mode) && (vessel ?? voyage) is not null
            ? (vessel is null ? "voyage" : "vessel", $"vessel and voyage are for shipments by sea; this one goes {mode}.")
            : null;
    }
}
