using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>Who made a catalogue write, when, and why (the reason is required for stock adjustments).</summary>
public sealed record WriteContext(string ActorKeyId, string ActorRole, long NowMs, string? Reason);

/// <summary>One audited change: the resource, the action, and each changed field as { "from": …, "to": … }.</summary>
/// <param name="ProductId">The product the resource belongs to; null for reference data, which belongs to none.</param>
public sealed record AuditEntry(string Action, string ResourceType, string ResourceId, string? ProductId, JsonObject Changes);

public static class AuditResources
{
    public const string Product = "product";
    public const string Variant = "variant";
    public const string Prices = "prices";
    public const string Stock = "stock";
    public const string FreightLane = "freight_lane";
    public const string DutyRate = "duty_rate";
    public const string Insurance = "insurance";
    public const string CustomizationOption = "customization_option";
    public const string PriceList = "price_list";
    public const string Certificate = "certificate";
    public const string DestinationRequirement = "destination_requirement";
    public const string ProductImage = "product_image";
    public const string Label = "label";
}

public static class CatalogueAuditLog
{
    public const string InsertEntry = """
        INSERT INTO catalogue_audit (
          occurred_at_ms, actor_key_id, actor_role, action, resource_type, resource_id, product_id, reason, changes_json)
        VALUES (@OccurredAtMs, @ActorKeyId, @ActorRole, @Action, @ResourceType, @ResourceId, @ProductId, @Reason, @ChangesJson);
        """;

    public static Task AppendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditEntry> entries, WriteContext context) =>
        entries.Count == 0
            ? Task.CompletedTask
            : connection.ExecuteAsync(InsertEntry, entries.Select(e => new
            {
                OccurredAtMs = context.NowMs, context.ActorKeyId, context.ActorRole, e.Action, e.ResourceType, e.ResourceId,
                e.ProductId, context.Reason, ChangesJson = e.Changes.ToJsonString(),
            }), transaction);

    /// <summary>The fields that differ between two flattened records (nested objects become dotted names), as from/to pairs.</summary>
    public static JsonObject Diff(JsonObject? before, JsonObject after)
    {
        var changes = new JsonObject();
        var names = (before?.Select(p => p.Key) ?? []).Union(after.Select(p => p.Key), StringComparer.Ordinal);
        foreach (var name in names)
        {
            var from = before?[name];
            var to = after[name];
            if (before is null || !JsonNode.DeepEquals(from, to))
            {
                changes[name] = new JsonObject { ["from"] = from?.DeepClone(), ["to"] = to?.DeepClone() };
            }
        }

        return changes;
    }

    /// <summary>A record as flat JSON: <c>{"specs":{"zipper":…}}</c> becomes <c>{"specs.zipper":…}</c>.</summary>
    public static JsonObject Flatten<T>(T value, JsonSerializerOptions options)
    {
        var flat = new JsonObject();
        Add(flat, "", JsonSerializer.SerializeToNode(value, options)!.AsObject());
        return flat;

        static void Add(JsonObject flat, string prefix, JsonObject node)
        {
            foreach (var (name, child) in node)
            {
                if (child is JsonObject nested)
                {
                    Add(flat, prefix + name + ".", nested);
                }
                else
                {
                    flat[prefix + name] = child?.DeepClone();
                }
            }
        }
    }
}
