using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>What an edit makes of the stored product: the whole changed product, or the answer refusing the edit.</summary>
public sealed record ProductEdit(ProductDocument? Product, IResult? Refusal)
{
    public static ProductEdit To(ProductDocument product) => new(product, null);

    public static ProductEdit Refuse(IResult refusal) => new(null, refusal);
}

/// <summary>Either the product as stored after the edit, or the problem that stopped it (nothing was written).</summary>
public sealed record EditOutcome(StoredProduct? Saved, IResult? Problem);

/// <summary>
/// The one way the admin endpoints change a product: in a catalogue write transaction, load it, let the endpoint
/// check its precondition and build the changed product, hold that to every rule, save what differs and commit.
/// </summary>
public sealed class CatalogueEditor(IDbConnectionFactory connections, TimeProvider clock)
{
    /// <param name="focusSku">When the edit is of one SKU, rule violations about it are named by its own fields (moq, not variants[3].moq).</param>
    public async Task<EditOutcome> EditAsync(
        string productId, Caller caller, string? reason, Func<StoredProduct, ProductEdit> edit, CancellationToken cancellationToken,
        string? focusSku = null)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await CatalogueChangeLog.BeginWriteAsync(connection, cancellationToken);
        var batch = connections.Dialect.Render(CatalogueReads.SelectProductBatch);
        var stored = await CatalogueReads.LoadAsync(connection, transaction, batch, productId);
        if (stored is null)
        {
            return new EditOutcome(null, Problems.NotFound("Product not found.", $"No product has the id '{productId}'."));
        }

        var change = edit(stored);
        if (change.Refusal is not null)
        {
            return new EditOutcome(null, change.Refusal);
        }

        var product = CatalogueMerge.Merge(stored, change.Product!);
        var violations = CatalogueRules.Check(product);
        violations.AddRange(await CatalogueStoreRules.CheckAsync(connection, transaction, stored, product));
        if (violations.Count > 0)
        {
            return new EditOutcome(null, RuleProblem(violations, product, focusSku));
        }

        try
        {
            var context = new WriteContext(caller.KeyId, caller.Role, clock.GetUtcNow().ToUnixTimeMilliseconds(), reason);
            var result = await CatalogueWriter.SaveAsync(connection, transaction, stored, product, context);
            if (!result.Changed)
            {
                return new EditOutcome(stored, null);
            }

            var saved = await CatalogueReads.LoadAsync(connection, transaction, batch, productId);
            await transaction.CommitAsync(cancellationToken);
            return new EditOutcome(saved, null);
        }
        catch (CatalogueConflictException)
        {
            return new EditOutcome(null, CataloguePreconditions.Stale(focusSku is null ? "product" : "SKU", null));
        }
    }

    /// <summary>The product id a SKU belongs to, or null.</summary>
    public async Task<string?> ProductOfSkuAsync(string sku, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await Dapper.SqlMapper.ExecuteScalarAsync<string?>(connection, CatalogueReads.SelectProductIdOfSku, new { Sku = sku });
    }

    /// <summary>Every violation at once, keyed by the JSON path of the field it is about.</summary>
    public static IResult RuleProblem(IReadOnlyList<RuleViolation> violations, ProductDocument product, string? focusSku)
    {
        var focusIndex = focusSku is null ? -1 : (product.Variants ?? []).FindIndex(v => v.Sku == focusSku);
        var prefix = $"variants[{focusIndex}].";
        var errors = violations
            .GroupBy(v => focusIndex >= 0 && v.Path.StartsWith(prefix, StringComparison.Ordinal) ? v.Path[prefix.Length..] : v.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Message).Distinct().ToArray(), StringComparer.Ordinal);
        return Problems.Validation(errors, "The change breaks the catalogue rules listed in errors; nothing was saved.");
    }
}
