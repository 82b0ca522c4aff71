using Backpack.Catalog.Api.Features.Admin.Catalogue;

namespace Backpack.Catalog.Api.Features.Catalogue.ListChanges;

internal static class ListChangesData
{
    // The unique index on sequence serves this as a range seek; one row per resource keeps the feed compacted.
    public const string SelectPage = """
        SELECT c.sequence, c.resource_type, c.resource_id, c.product_id, c.change, c.changed_at_ms
        FROM catalogue_changes c
        WHERE c.sequence > @After
        ORDER BY c.sequence
        LIMIT @Take
        """;

    public const string SelectLastSequence = "SELECT s.last_sequence FROM catalogue_sequence s WHERE s.singleton = 1;";

    public sealed class ChangeRow
    {
        public long Sequence { get; init; }
        public string ResourceType { get; init; } = "";
        public string ResourceId { get; init; } = "";
        public string ProductId { get; init; } = "";
        public string Change { get; init; } = "";
        public long ChangedAtMs { get; init; }

        public CatalogueChangeResponse ToResponse() => new(
            Sequence, ResourceType, ResourceId, ProductId, Change, DateTimeOffset.FromUnixTimeMilliseconds(ChangedAtMs).UtcDateTime,
            ResourceType == FeedResources.Product ? $"/v1/products/{ResourceId}" : $"/v1/variants/{ResourceId}");
    }
}
