using System.Text.Json;
using Backpack.Catalog.Api.Features.Admin;
using Backpack.Catalog.Api.Features.Admin.Audit.ListAuditEntries;
using Backpack.Catalog.Api.Features.Catalogue.ListChanges;

namespace Backpack.Catalog.UnitTests.Catalogue;

/// <summary>The storefront sync guide quotes the feed's fields, limits and the audit vocabulary; these fail when the code and the guide part ways.</summary>
public sealed class CatalogueSyncDocumentationTests
{
    private static readonly string Guide = RepositoryFiles.ReadAllText("api-docs/catalogue-sync.md");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Every_field_of_a_feed_page_and_entry_is_described()
    {
        var names = JsonSerializer.SerializeToElement(ListChangesResponse.Example, Json)
            .EnumerateObject().Select(p => p.Name)
            .Concat(JsonSerializer.SerializeToElement(CatalogueChangeResponse.Example, Json)
                .EnumerateObject().Select(p => p.Name))
            .Where(name => name != "changes");

        foreach (var name in names)
        {
            Guide.ShouldContain($"| `{name}` |", customMessage: $"the feed's field table describes {name}");
        }
    }

    [Fact]
    public void The_documented_limits_are_the_code_limits()
    {
        Guide.ShouldContain($"`limit` is 1 to {ListChangesRequest.MaxLimit} (default {ListChangesRequest.DefaultLimit})");
        Guide.ShouldContain($"1 to {AdminPageRequest.MaxLimit} entries per page (default {AdminPageRequest.DefaultLimit})");
    }

    [Fact]
    public void The_audit_filters_list_every_resource_type_and_action_the_api_accepts()
    {
        Guide.ShouldContain("| `resourceType` | " + string.Join(", ", ListAuditEntriesRequest.ResourceTypes.SkipLast(1).Select(t => $"`{t}`")) +
            $" or `{ListAuditEntriesRequest.ResourceTypes[^1]}` |");
        Guide.ShouldContain("| `action` | " + string.Join(", ", ListAuditEntriesRequest.Actions.Select(a => $"`{a}`")) + " |");
    }
}
