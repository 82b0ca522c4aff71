using Dapper;

namespace Backpack.Catalog.Api.Features.Catalogue.ListProducts;

/// <summary>
/// A repeatable filter's values as a fixed row of parameters (@Category0 … @Category9), so the statement's text is the
/// same whatever the count; the slots past the values given are NULL.
/// </summary>
internal static class FilterSlots
{
    public const int Count = ListProductsRequest.MaxFilterValues;

    public static string List(string name) => string.Join(", ", Enumerable.Range(0, Count).Select(i => $"@{name}{i}"));

    public static void Add(DynamicParameters parameters, string name, IReadOnlyList<string>? values)
    {
        for (var i = 0; i < Count; i++)
        {
            parameters.Add($"{name}{i}", values is not null && i < values.Count ? values[i] : null, System.Data.DbType.String);
        }

        parameters.Add($"{name}Count", values?.Count ?? 0);
    }
}
