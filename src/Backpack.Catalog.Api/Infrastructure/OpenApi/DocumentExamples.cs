namespace Backpack.Catalog.Api.Infrastructure.OpenApi;

/// <summary>The times and ids the documented examples share, so that one example order reads the same everywhere.</summary>
public static class DocumentExamples
{
    public const string OrderId = "ord_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c";
    public const string MessageId = "msg_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c";
    public const string DistributorId = "dst_nairobi-outfitters";

    public static readonly DateTime CreatedAt = new(2026, 9, 14, 8, 30, 0, DateTimeKind.Utc);
    public static readonly DateTime UpdatedAt = new(2026, 11, 2, 16, 5, 0, DateTimeKind.Utc);
    public static readonly DateTime PlacedAt = new(2026, 11, 21, 6, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime DeliveredAt = new(2026, 11, 21, 6, 0, 2, DateTimeKind.Utc);
}
