using System.ComponentModel.DataAnnotations;

namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>What a booking or a departure may say about the transport: its document, containers, vessel and voyage.</summary>
public abstract class ShipmentTransportRequest
{
    /// <summary>The bill of lading, air waybill or courier waybill number, once the carrier has issued it (a shipment cannot depart without one):
    /// 4 to 40 capital letters, digits and hyphens; an air waybill is 3 + 8 digits with its check digit, e.g. 176-12345675.</summary>
    [MaxLength(ShipmentLimits.MaxDocumentNumberLength)]
    [RegularExpression(ShipmentLimits.DocumentNumberPattern)]
    public string? TransportDocumentNumber { get; init; }

    /// <summary>sea-fcl only: the containers as stuffed and sealed, each once (at most 20; a sea-fcl shipment cannot depart without one). On a
    /// departure they replace those given at booking.</summary>
    [MaxLength(ShipmentLimits.MaxContainers)]
    public IReadOnlyList<ContainerRequest>? Containers { get; init; }

    /// <summary>By sea: the vessel's name (at most 100 characters).</summary>
    [MaxLength(ShipmentLimits.MaxVesselLength)]
    public string? Vessel { get; init; }

    /// <summary>By sea: the voyage number, 1 to 20 capital letters, digits and hyphens.</summary>
    [MaxLength(ShipmentLimits.MaxVoyageLength)]
    [RegularExpression(ShipmentLimits.VoyagePattern)]
    public string? Voyage { get; init; }
}
