namespace Backpack.Catalog.Api.Features.Orders.Shipments;

/// <summary>A shipment as stored, with the lines it carries; weights in grams, volume in cm³, goods in the order currency's minor units.</summary>
public sealed class ShipmentRow
{
    public string OrderId { get; set; } = "";
    public int Number { get; set; }
    public string Status { get; set; } = ShipmentStatuses.Booked;
    public string Mode { get; set; } = "";
    public string Carrier { get; set; } = "";
    public string? DocumentNumber { get; set; }
    public string? ContainersJson { get; set; }
    public string? Vessel { get; set; }
    public string? Voyage { get; set; }
    public string PortOfLoading { get; set; } = "";
    public string PortOfDischarge { get; set; } = "";
    public string Etd { get; set; } = "";
    public string Eta { get; set; } = "";
    public string? DepartedOn { get; set; }
    public string? ArrivedOn { get; set; }
    public string? DeliveredOn { get; set; }
    public string? CancelledOn { get; set; }
    public string? Note { get; set; }
    public int Cartons { get; set; }
    public long NetGrams { get; set; }
    public long GrossGrams { get; set; }
    public long VolumeCm3 { get; set; }
    public long GoodsMinor { get; set; }
    public long BookedAtMs { get; set; }
    public long UpdatedAtMs { get; set; }

    public List<ShipmentLineRow> Lines { get; set; } = [];

    public IReadOnlyList<ShipmentContainer> Containers => ShipmentContainer.Load(ContainersJson);
}

public sealed class ShipmentLineRow
{
    public string OrderId { get; set; } = "";
    public int Number { get; set; }
    public int LineNumber { get; set; }
    public int Quantity { get; set; }
    public int Cartons { get; set; }
    public long NetGrams { get; set; }
    public long GrossGrams { get; set; }
    public long VolumeCm3 { get; set; }

    /// <summary>The line's goods and customisation for these units; the shipment that takes a line's last units takes the rounding.</summary>
    public long GoodsMinor { get; set; }
}

/// <param name="Number">ISO 6346: owner code, category U, J or Z, six digits and the check digit.</param>
/// <param name="Type">20GP, 40GP or 40HC.</param>
public sealed record ShipmentContainer(string Number, string Type, string? Seal)
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    public static IReadOnlyList<ShipmentContainer> Load(string? json) =>
        json is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<ShipmentContainer>>(json, Json) ?? [];

    public static string? Store(IReadOnlyList<ShipmentContainer> containers) =>
        containers.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(containers, Json);
}
