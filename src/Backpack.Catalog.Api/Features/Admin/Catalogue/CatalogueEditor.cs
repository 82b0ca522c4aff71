using System.Data.Common;
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

/// <summary>What an edit makes of one stored SKU: the changed SKU, or the answer refusing the edit.</summary>
public sealed record VariantEdit(VariantDocument? Variant, IResult? Refusal)
{
    public static VariantEdit To(VariantDocument variant) => new(variant, null);

    public static VariantEdit Refuse(IResult refusal) => new(null, refusal);
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

        return await SaveAsync(connection, transaction, batch, stored, change.Product!, caller, reason, focusSku, cancellationToken);
    }

    /// <summary>
    /// Edits one SKU: checks its If-Match against the SKU's version, then lets <paramref name="edit"/> return the changed SKU
    /// (or a refusal). Rules are reported by the SKU's own field names.
    /// </summary>
    public async Task<EditOutcome> EditVariantAsync(
        string sku, string? ifMatch, Caller caller, string? reason, Func<StoredProduct, VariantDocument, VariantEdit> edit,
        CancellationToken cancellationToken)
    {
        var productId = await ProductOfSkuAsync(sku, cancellationToken);
        if (productId is null)
        {
            return new EditOutcome(null, SkuNotFound(sku));
        }

        return await EditAsync(productId, caller, reason, stored =>
        {
            var current = stored.Document.Variants!.Single(v => v.Sku == sku);
            if (CataloguePreconditions.Check(ifMatch, stored.Variants[sku].Version, "SKU") is { } refusal)
            {
                return ProductEdit.Refuse(refusal);
            }

            var change = edit(stored, current);
            return change.Refusal is not null
                ? ProductEdit.Refuse(change.Refusal)
                : ProductEdit.To(stored.Document with { Variants = [change.Variant! with { Sku = sku }] });
        }, cancellationToken, sku);
    }

    public static IResult SkuNotFound(string sku) => Problems.NotFound("SKU not found.", $"No SKU has the code '{sku}'.");

    /// <summary>Creates a product (with any SKUs it lists); 409 when the id is taken.</summary>
    public async Task<EditOutcome> CreateAsync(ProductDocument incoming, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await CatalogueChangeLog.BeginWriteAsync(connection, cancellationToken);
        var batch = connections.Dialect.Render(CatalogueReads.SelectProductBatch);
        if (incoming.Id is not null && await CatalogueReads.LoadAsync(connection, transaction, batch, incoming.Id) is not null)
        {
            return new EditOutcome(null, TypedResults.Problem(
                title: "The product already exists.",
                detail: $"A product with the id '{incoming.Id}' exists. Change it with PUT /v1/admin/products/{incoming.Id}.",
                statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.AlreadyExists));
        }

        return await SaveAsync(connection, transaction, batch, null, incoming, caller, null, null, cancellationToken);
    }

    /// <summary>Lays the change over what is stored, holds the whole product to every rule, saves what differs and commits.</summary>
    private async Task<EditOutcome> SaveAsync(
        DbConnection connection, DbTransaction transaction, string batch, StoredProduct? stored,
        ProductDocument incoming, Caller caller, string? reason, string? focusSku, CancellationToken cancellationToken)
    {
        if (CatalogueHoles.In(incoming) is { Count: > 0 } holes)
        {
            var nulls = holes.Select(h => new RuleViolation(h.Path, $"{char.ToUpperInvariant(h.Expected[0])}{h.Expected[1..]} belongs here, not null."));
            return new EditOutcome(null, RuleProblem(nulls.ToList(), incoming, focusSku));
        }

        var product = CatalogueMerge.Merge(stored, incoming);
        var violations = await CatalogueStoreRules.CheckAllAsync(connection, transaction, stored, product);
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

            var saved = await CatalogueReads.LoadAsync(connection, transaction, batch, product.Id!);
            await transaction.CommitAsync(cancellationToken);
            return new EditOutcome(saved, null);
        }
        catch (CatalogueConflictException)
        {
            return new EditOutcome(null, CataloguePreconditions.Stale(focusSku is null ? "product" : "SKU", null));
        }
    }

    /// <summary>The product as stored, or null.</summary>
    public async Task<StoredProduct?> FindAsync(string productId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await CatalogueReads.LoadAsync(connection, null, connections.Dialect.Render(CatalogueReads.SelectProductBatch), productId);
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
        var focusIndex = focusSku is null ? -1 : (product.Variants ?? []).FindIndex(v => v?.Sku == focusSku);
        var prefix = $"variants[{focusIndex}].";
        var errors = violations
            .GroupBy(v => focusIndex >= 0 && v.Path.StartsWith(prefix, StringComparison.Ordinal) ? v.Path[prefix.Length..] : v.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Message).Distinct().ToArray(), StringComparer.Ordinal);
        return Problems.Validation(errors, "The change breaks the catalogue rules listed in errors; nothing was saved.");
    }
}
