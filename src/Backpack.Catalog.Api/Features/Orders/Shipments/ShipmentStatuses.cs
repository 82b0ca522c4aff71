namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>
/// A shipment's life: booked → departed → arrived → delivered, or booked → cancelled. A courier parcel may be delivered straight from
/// departed. The shipment table's CHECK allows these.
/// </summary>
public static class ShipmentStatuses
{
    public const string Booked = "booked";
    public const string Departed = "departed";
    public const string Arrived = "arrived";
    public const string Delivered = "delivered";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Booked, Departed, Arrived, Delivered, Cancelled];

    /// <summary>What a shipment may become next; booked is where every shipment starts.</summary>
    public static readonly IReadOnlyList<string> Next = [Departed, Arrived, Delivered, Cancelled];

    public static IReadOnlyList<string> After(string status) => status switch
    {
        Booked => [Departed, Cancelled],
        Departed => [Arrived, Delivered],
        Arrived => [Delivered],
        _ => [],
    };

    /// <summary>The goods have left the factory: their quantities count as shipped.</summary>
    public static bool HasGoneOut(string status) => status is Departed or Arrived or Delivered;

    /// <summary>The shipment holds its quantities: anything but a cancelled booking.</summary>
    public static bool Holds(string status) => status != Cancelled;
}

/// <summary>The bounds on shipments, which also bound an order's history.</summary>
public static class ShipmentLimits
{
    /// <summary>Cancelled bookings count: at most this many shipments are ever booked for one order.</summary>
    public const int MaxPerOrder = 10;

    public const int MaxContainers = 20;
    public const int MaxCarrierLength = 100;
    public const int MaxVesselLength = 100;
    public const int MaxVoyageLength = 20;
    public const int MaxNoteLength = 500;
    public const int MaxSealLength = 20;

    /// <summary>A bill of lading, an air waybill or a courier tracking number.</summary>
    public const int MaxDocumentNumberLength = 40;

    public const string DocumentNumberPattern = "^[A-Z0-9][A-Z0-9-]{3,39}$";
    public const string VoyagePattern = "^[A-Z0-9][A-Z0-9-]{0,19}$";
    public const string SealPattern = "^[A-Z0-9][A-Z0-9-]{0,19}$";

    /// <summary>How far ahead an ETD or ETA may be.</summary>
    public const int MaxDaysAhead = 366;

    /// <summary>Each shipment's booking, departure, arrival and delivery (or cancellation), and the status changes they make.</summary>
    public const int MaxHistoryEntries = (MaxPerOrder * 4) + 2;
}

/// <summary>The transport document that goes with the goods: a bill of lading by sea, an air waybill by air, a courier's waybill.</summary>
public static class TransportDocuments
{
    public const string BillOfLading = "bill_of_lading";
    public const string AirWaybill = "air_waybill";
    public const string CourierWaybill = "courier_waybill";

    public static readonly IReadOnlyList<string> All = [BillOfLading, AirWaybill, CourierWaybill];

    public static string For(string mode) => mode switch
    {
        Trade.ShippingModes.Air => AirWaybill,
        Trade.ShippingModes.Courier => CourierWaybill,
        _ => BillOfLading,
    };

    public static string Name(string type) => type switch
    {
        AirWaybill => "air waybill (AWB)",
        CourierWaybill => "courier waybill",
        _ => "bill of lading (B/L)",
    };
}
