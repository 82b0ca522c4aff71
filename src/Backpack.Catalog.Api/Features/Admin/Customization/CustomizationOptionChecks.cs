using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Customization;

/// <summary>What the option rules need from the catalogue, and the checks both writes share.</summary>
public static class CustomizationOptionChecks
{
    /// <summary>The family of each named SKU, for the rules that depend on it (no heat transfer on kids' reflective parts).</summary>
    public const string SelectFamilies = """
        SELECT v.sku, p.category_key
        FROM variants v JOIN products p ON p.product_id = v.product_id
        WHERE v.sku IN @Skus
        """;

    private const string CountOptions = "SELECT COUNT(*) FROM customization_options";

    /// <summary>
    /// Every broken rule of the document as a 400 (nothing saved), or null; <paramref name="extra"/> adds the write's own. A new
    /// option must also leave the catalogue within <see cref="CustomizationOptionRules.MaxOptions"/>.
    /// </summary>
    public static async Task<IResult?> ViolationsAsync(
        IDbConnectionFactory connections, CustomizationOptionDocument option, bool creating,
        Action<CustomizationOptionDocument, Action<string, string>>? extra, CancellationToken cancellationToken)
    {
        var named = (option.Skus ?? []).Where(s => s is not null).Take(CustomizationOptionRules.MaxSkus).Distinct().ToList();
        await using var connection = await connections.OpenAsync(cancellationToken);
        var families = named.Count == 0
            ? []
            : (await connection.QueryAsync<(string Sku, string Family)>(connections.Dialect.Render(SelectFamilies), new { Skus = named }))
                .ToDictionary(r => r.Sku, r => r.Family, StringComparer.Ordinal);
        var full = creating && await connection.ExecuteScalarAsync<long>(CountOptions) >= CustomizationOptionRules.MaxOptions;
        return VersionedResults.Violations(option, (o, fail) =>
        {
            extra?.Invoke(o, fail);
            CustomizationOptionRules.Check(o, families, fail);
            if (full)
            {
                fail("id", $"The catalogue holds at most {CustomizationOptionRules.MaxOptions} customisation options; delete one first.");
            }
        });
    }
}
