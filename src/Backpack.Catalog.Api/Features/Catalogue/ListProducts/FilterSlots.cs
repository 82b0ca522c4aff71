using Dapper;

namespace Backpack.Catalog.Api.Features.Catalogue.ListProducts;

/// <summary>
/// A repeatable filter's values as a fixed row of parameters (@Category0 … @Category9), so the statement's text is the
/// same whatever the count; the slots past the values given are NULL.
/// </summary>
internal static class FilterSlots
{
    public const int Count = ListProductsRequest.MaxFilterValues;

    public static string List(string name, int slots = Count) => string.Join(", ", Enumerable.Range(0, slots).Select(i => $"@{name}{i}"));

    public static void Add(DynamicParameters parameters, string name, IReadOnlyList<string>? values, int slots = Count)
    {
        for (var i = 0; i < slots; i++)
        {
            parameters.Add($"{name}{i}", values is not null && i < values.Count ? values[i] : null, System.Data.DbType.String);
        }

        parameters.Add($"{name}Count", values?.Count ?? 0);
    }
}
